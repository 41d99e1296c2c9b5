package org.townreform.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.townreform.common.error.ProblemException;

class CursorTest {

    @Test
    void aCursorGivenOutIsReadBack() {
        assertThat(Cursor.decode(Cursor.encode("441900113"))).isEqualTo("441900113");
        assertThat(Cursor.decodeLong(Cursor.encode("42"))).isEqualTo(42L);
        assertThat(Cursor.decode(null)).isNull();
        assertThat(Cursor.decode(" ")).isNull();
    }

    @Test
    void aCursorNotGivenOutIsRefused() {
        for (String typed : new String[]{"abc", "NDI", "%%%", Cursor.encode("42").substring(0, 3)}) {
            assertThatThrownBy(() -> Cursor.decode(typed)).as(typed).isInstanceOf(ProblemException.class)
                    .extracting("code").isEqualTo("INVALID_CURSOR");
        }
        assertThatThrownBy(() -> Cursor.decodeLong(Cursor.encode("x"))).extracting("code").isEqualTo("INVALID_CURSOR");
    }

    @Test
    void aCursorDoesNotShowItsKey() {
        String cursor = Cursor.encode("441900113");
        assertThat(cursor).doesNotContain("441900113");
        assertThat(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1))
                .doesNotContain("441900113");
        // The old form (base64 of "c1:" and the key) is not taken any more.
        String old = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("c1:42".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Cursor.decode(old)).extracting("code").isEqualTo("INVALID_CURSOR");
    }

    @Test
    void aChangedCursorIsRefused() {
        byte[] raw = Base64.getUrlDecoder().decode(Cursor.encode("42"));
        for (int i = 0; i < raw.length; i++) {
            byte[] changed = raw.clone();
            changed[i] ^= 1;
            String typed = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
            assertThatThrownBy(() -> Cursor.decode(typed)).as("byte " + i).extracting("code").isEqualTo("INVALID_CURSOR");
        }
    }

    @Test
    void theSameItemAlwaysHasTheSameCursorAndDifferentItemsDifferentOnes() {
        assertThat(Cursor.encode("441900113")).isEqualTo(Cursor.encode("441900113"));
        assertThat(Cursor.encode("441900113")).isNotEqualTo(Cursor.encode("441900114"));
        byte[] a = Base64.getUrlDecoder().decode(Cursor.encode("1"));
        byte[] b = Base64.getUrlDecoder().decode(Cursor.encode("2"));
        // different keys seal under different nonces (bytes 1..12)
        assertThat(Arrays.copyOfRange(a, 1, 13)).isNotEqualTo(Arrays.copyOfRange(b, 1, 13));
    }
}
