package org.townreform.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
