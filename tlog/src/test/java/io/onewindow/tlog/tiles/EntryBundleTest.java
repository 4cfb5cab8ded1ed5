package io.onewindow.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EntryBundleTest {

    @Test
    void eachEntryIsPrefixedWithItsBigEndianLength() {
        byte[] bundle = EntryBundle.encode(List.of(new byte[] {7}, new byte[0], new byte[] {1, 2}));
        assertThat(bundle).containsExactly(0, 1, 7, 0, 0, 0, 2, 1, 2);
    }

    @Test
    void anEntryOfMoreThan65535BytesCannotBeBundled() {
        assertThat(EntryBundle.decode(EntryBundle.encode(List.of(new byte[65_535])))).hasSize(1);
        assertThatThrownBy(() -> EntryBundle.encode(List.of(new byte[65_536]))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTruncatedBundleIsRejected() {
        assertThatThrownBy(() -> EntryBundle.decode(new byte[] {0, 3, 1, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryBundle.decode(new byte[] {0, 1, 1, 0})).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void bundlesRoundTrip(@ForAll @Size(max = 256) List<@Size(max = 300) byte[]> entries) {
        assertThat(EntryBundle.decode(EntryBundle.encode(entries))).containsExactlyElementsOf(entries);
    }
}
