package io.onewindow.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The query API reads a department system's token from the Authorization header as Spring Security's own resolver does. */
class BearerHeaderTests {

    private final ExchangeSecurityConfiguration.HeaderBearerToken resolver = new ExchangeSecurityConfiguration.HeaderBearerToken();
    private final DefaultBearerTokenResolver reference = new DefaultBearerTokenResolver();

    @Test
    void aWellFormedTokenIsTakenWhateverTheCaseOfTheScheme() {
        for (String header : new String[] {"Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_~+/", "bearer abc==", "BEARER a.b.c"}) {
            assertThat(resolver.resolve(request(header))).isEqualTo(header.substring(7)).isEqualTo(reference.resolve(request(header)));
        }
    }

    @Test
    void anotherSchemeOrNoHeaderIsNoToken() {
        assertThat(resolver.resolve(new MockHttpServletRequest())).isNull();
        assertThat(resolver.resolve(request("Basic cWQtbXpqLXN5c3RlbTpzZWNyZXQ="))).isNull();
        assertThat(reference.resolve(request("Basic cWQtbXpqLXN5c3RlbTpzZWNyZXQ="))).isNull();
    }

    @Test
    void aMalformedBearerHeaderIsRefusedAsTheDefaultResolverRefusesIt() {
        for (String header : new String[] {"Bearer", "Bearer ", "Bearer  abc", "Bearer a b", "Bearer ==", "Bearer abc=def", "Bearer abc\"",
                "Bearer 令牌", "Bearerabc", "Bearer abc,def"}) {
            assertThatThrownBy(() -> resolver.resolve(request(header))).as(header).isInstanceOf(OAuth2AuthenticationException.class)
                    .hasMessageContaining("malformed");
            assertThatThrownBy(() -> reference.resolve(request(header))).as(header).isInstanceOf(OAuth2AuthenticationException.class);
        }
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/exchange/resources/POPULATION/records");
        request.addHeader("Authorization", authorization);
        return request;
    }
}
