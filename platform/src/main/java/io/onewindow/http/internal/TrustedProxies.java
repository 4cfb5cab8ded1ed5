package io.onewindow.http.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where a request really comes from. Behind a reverse proxy the connection's address is the proxy's; the
 * proxy tells the client's in {@code X-Forwarded-For}. That header is believed only on connections from
 * the configured proxies ({@code onewindow.http.trusted-proxies}), and then only its part written by them:
 * the client address is the right-most entry that is not itself a trusted proxy, since anything to its left
 * was written by the client. So neither login locks nor links in pages can be steered by a header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TrustedProxies extends OncePerRequestFilter {

    private final List<IpAddressMatcher> proxies;

    TrustedProxies(HttpSettings settings) {
        this.proxies = settings.trustedProxies().stream().map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(trusted(request.getRemoteAddr()) ? new Forwarded(request) : request, response);
    }

    boolean trusted(String address) {
        if (address == null) {
            return false;
        }
        for (IpAddressMatcher proxy : proxies) {
            try {
                if (proxy.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
        return false;
    }

    /** The client as the trusted proxies describe it. */
    private final class Forwarded extends HttpServletRequestWrapper {

        private final String clientAddress;
        private final String scheme;
        private final String host;
        private final int port;

        Forwarded(HttpServletRequest request) {
            super(request);
            this.clientAddress = client(request);
            String proto = last(request.getHeader("X-Forwarded-Proto"));
            this.scheme = proto == null ? request.getScheme() : proto.toLowerCase(Locale.ROOT);
            String forwardedHost = last(request.getHeader("X-Forwarded-Host"));
            if (forwardedHost == null) {
                this.host = request.getServerName();
                this.port = request.getServerPort();
            } else {
                int colon = forwardedHost.lastIndexOf(':');
                boolean hasPort = colon > 0 && forwardedHost.indexOf(']') < colon;
                this.host = hasPort ? forwardedHost.substring(0, colon) : forwardedHost;
                this.port = hasPort ? parsePort(forwardedHost.substring(colon + 1)) : ("https".equals(scheme) ? 443 : 80);
            }
        }

        private String client(HttpServletRequest request) {
            List<String> hops = new ArrayList<>();
            for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
                for (String hop : header.split(",")) {
                    if (!hop.isBlank()) {
                        hops.add(hop.strip());
                    }
                }
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                if (!trusted(hops.get(i))) {
                    return hops.get(i);
                }
            }
            return hops.isEmpty() ? request.getRemoteAddr() : hops.get(0);
        }

        private static String last(String header) {
            if (header == null || header.isBlank()) {
                return null;
            }
            String[] values = header.split(",");
            return values[values.length - 1].strip();
        }

        private static int parsePort(String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return 80;
            }
        }

        @Override
        public String getRemoteAddr() {
            return clientAddress;
        }

        @Override
        public String getRemoteHost() {
            return clientAddress;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(host);
            if (!("http".equals(scheme) && port == 80) && !("https".equals(scheme) && port == 443)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
