package io.onewindow.divisions.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.divisions.*}.
 *
 * @param dir a directory with newer division files (same names and columns as the shipped ones)
 */
@ConfigurationProperties("onewindow.divisions")
record DivisionSettings(Path dir) {
}
