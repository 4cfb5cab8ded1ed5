package io.onewindow.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Links to assets get their content-hashed addresses; links to pages are left alone and cost no look-up. */
class AssetLinksTests {

    private final ResourceUrlProvider urls = mock(ResourceUrlProvider.class);

    AssetLinksTests() {
        when(urls.getForLookupPath("/css/onewindow.css")).thenReturn("/css/onewindow-c22b.css");
    }

    @Test
    void anAssetsLinkGetsItsHashedAddressKeepingItsQueryAndFragment() throws Exception {
        assertThat(encoded("", "/css/onewindow.css")).isEqualTo("/css/onewindow-c22b.css");
        assertThat(encoded("", "/css/onewindow.css?media=print#top")).isEqualTo("/css/onewindow-c22b.css?media=print#top");
        assertThat(encoded("/ow", "/ow/css/onewindow.css")).isEqualTo("/ow/css/onewindow-c22b.css");
    }

    @Test
    void aPagesLinkIsLeftAsItIsWithoutALookUp() throws Exception {
        assertThat(encoded("", "/services/370200-XZSP-XK-0001?version=2")).isEqualTo("/services/370200-XZSP-XK-0001?version=2");
        assertThat(encoded("", "/cssx/onewindow.css")).isEqualTo("/cssx/onewindow.css");
        assertThat(encoded("/ow", "/css/onewindow.css")).as("outside the application's context").isEqualTo("/css/onewindow.css");
        verify(urls, never()).getForLookupPath(anyString());
    }

    @Test
    void anAssetNobodyServesIsLeftAsItIs() throws Exception {
        assertThat(encoded("", "/js/missing.js")).isEqualTo("/js/missing.js");
    }

    private String encoded(String contextPath, String url) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/");
        request.setContextPath(contextPath);
        AtomicReference<String> seen = new AtomicReference<>();
        new AssetLinks(urls).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(((HttpServletResponse) res).encodeURL(url)));
        return seen.get();
    }
}
