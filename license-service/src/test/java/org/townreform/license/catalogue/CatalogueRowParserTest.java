package org.townreform.license.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CatalogueRowParserTest {

    private static CatalogueRowParser.Result parse(String csv) {
        return CatalogueRowParser.parse(SheetReader.read(csv.getBytes(StandardCharsets.UTF_8), "x.csv"));
    }

    @Test
    void chineseHeadersInAnyOrderAndABadRowNeverStopsTheGoodOnes() {
        var r = parse("承诺时限（工作日）,事项编码,事项名称,事项类型,授权部门,法定时限,必要材料,收费标准\n"
                + "10个工作日,A-1,甲,行政许可,某局,20,申请书；图纸,不收费\n"
                + "30,A-2,乙,行政许可,某局,20,,\n"
                + "5,A-1,丙,备案,某局,10,,\n");
        assertThat(r.accepted()).hasSize(1);
        ItemDraft a = r.accepted().get(0).item();
        assertThat(a.promisedDays()).isEqualTo(10);
        assertThat(a.materials()).extracting(Material::name).containsExactly("申请书", "图纸");
        assertThat(a.fee()).isEqualTo(new BigDecimal("0.00"));
        assertThat(r.rejected()).extracting(CatalogueRowParser.Rejected::row).containsExactly(3, 4);
        assertThat(r.rejected().get(0).reasons().get(0)).contains("above");
        assertThat(r.rejected().get(1).reasons().get(0)).contains("appears again");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefused() {
        assertThatThrownBy(() -> parse("name,kind\nx,LICENSE\n")).isInstanceOf(CatalogueRowParser.HeaderException.class)
                .hasMessageContaining("事项编码");
    }

    @Test
    void feesAreExactDecimals() {
        assertThat(CatalogueRowParser.fee("12.5元", new java.util.ArrayList<>())).isEqualTo(new BigDecimal("12.50"));
        List<String> reasons = new java.util.ArrayList<>();
        assertThat(CatalogueRowParser.fee("1.234", reasons)).isNull();
        assertThat(reasons).hasSize(1);
    }

    @Test
    void csvQuotesAndBrokenFiles() {
        assertThat(CsvParser.parse("a,\"b,c\",\"d\"\"e\"\n")).containsExactly(List.of("a", "b,c", "d\"e"));
        assertThatThrownBy(() -> CsvParser.parse("a,\"b\n")).isInstanceOf(CsvParser.MalformedCsvException.class);
        assertThatThrownBy(() -> SheetReader.read(new byte[]{'P', 'K', 3, 4, 1, 2}, "x.xlsx"))
                .isInstanceOf(SheetReader.UnreadableFileException.class);
        assertThat(CsvParser.decode("名称".getBytes(java.nio.charset.Charset.forName("GB18030")))).isEqualTo("名称");
    }
}
