package io.onewindow.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Rewrites the links a page renders to its assets ({@code /css/onewindow.css}) into their content-hashed
 * addresses ({@code /css/onewindow-c22b….css}), as Spring's {@code ResourceUrlEncodingFilter} does, but looks up
 * only links into the asset folders: every other link (a page's) is left as it is without a look-up, where the
 * resource chain matched each one against every asset pattern. Like that filter it wraps every dispatch, the error
 * page's included.
 */
final class AssetLinks extends HttpFilter {

    /** The folders assets are served from ({@link PortalWebConfiguration#addResourceHandlers}). */
    static final List<String> FOLDERS = List.of("/css/", "/js/", "/images/", "/webjars/");

    private final ResourceUrlProvider urls;

    AssetLinks(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String context = request.getContextPath();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(hashed(context, url));
            }
        });
    }

    // The link's path without its query or fragment is what the asset's address is found for; they are kept.
    private String hashed(String context, String url) {
        if (!url.startsWith(context) || FOLDERS.stream().noneMatch(folder -> url.startsWith(folder, context.length()))) {
            return url;
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c, context.length());
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String found = urls.getForLookupPath(url.substring(context.length(), end));
        return found == null ? url : context + found + url.substring(end);
    }
}
