package io.onewindow.http.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.http.*}.
 *
 * @param port            the port the platform serves (the one every other setting refers to)
 * @param trustedProxies  addresses or CIDR ranges of the reverse proxies in front of the platform; only
 *                        requests arriving from them may say, in {@code X-Forwarded-For}, {@code -Proto} and
 *                        {@code -Host}, where the client really is. Empty: nobody is trusted.
 * @param workers         requests a node works on at once ({@link Workers}); unset: three per processor, at least six
 */
@ConfigurationProperties("onewindow.http")
record HttpSettings(Integer port, List<String> trustedProxies, Integer workers) {

    HttpSettings {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        if (workers != null && workers < 1) {
            throw new IllegalArgumentException("onewindow.http.workers must be at least 1, was " + workers);
        }
    }
}
