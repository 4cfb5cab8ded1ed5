package io.onewindow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** OneWindow (一网通): one deployable application, cut into modules that own their data. */
@SpringBootApplication
@Modulithic(sharedModules = {"kernel", "runtime", "divisions", "purposes", "notify", "audit"})
@ConfigurationPropertiesScan
@EnableScheduling
public class OneWindowApplication {

    public static void main(String[] args) {
        SpringApplication.run(OneWindowApplication.class, args);
    }
}
