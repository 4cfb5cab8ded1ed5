package io.onewindow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/** A stored session attribute is deserialized once; no request can change what another one reads. */
class SessionAttributeReadsTests {

    private final SessionAttributeReads reads = new SessionAttributeReads(getClass().getClassLoader());
    private final SerializingConverter writer = new SerializingConverter();

    @Test
    void eachRequestGetsASecurityContextOfItsOwnAroundTheOneAuthenticationRead() {
        byte[] stored = writer.convert(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("citizen", null,
                AuthorityUtils.createAuthorityList("ROLE_CITIZEN"))));

        SecurityContext first = (SecurityContext) reads.convert(stored);
        SecurityContext second = (SecurityContext) reads.convert(stored.clone());

        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).as("read once").isSameAs(first.getAuthentication());
        first.setAuthentication(null); // as signing out does to its request's context
        assertThat(((SecurityContext) reads.convert(stored)).getAuthentication().getName()).isEqualTo("citizen");
    }

    @Test
    void differentBytesAreReadAsWhatTheyHold() {
        DefaultCsrfToken one = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "one");
        DefaultCsrfToken two = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "two");

        assertThat(((DefaultCsrfToken) reads.convert(writer.convert(one))).getToken()).isEqualTo("one");
        assertThat(((DefaultCsrfToken) reads.convert(writer.convert(two))).getToken()).isEqualTo("two");
        assertThat(((DefaultCsrfToken) reads.convert(writer.convert(one))).getToken()).isEqualTo("one");
    }

    @Test
    void aValueARequestCouldChangeIsReadAfreshEachTime() {
        byte[] stored = writer.convert(new ArrayList<>(List.of("a")));

        @SuppressWarnings("unchecked")
        List<String> first = (List<String>) reads.convert(stored);
        first.add("changed by one request");

        assertThat(reads.convert(stored)).isEqualTo(List.of("a"));
        assertThat(reads.kept()).isZero();
    }

    @Test
    void noMoreThanItsCapacityIsKept() {
        for (int i = 0; i < SessionAttributeReads.CAPACITY + 100; i++) {
            reads.convert(writer.convert("token " + i));
        }

        assertThat(reads.kept()).isEqualTo(SessionAttributeReads.CAPACITY);
        assertThat(reads.convert(writer.convert("token 3"))).isEqualTo("token 3");
    }
}
