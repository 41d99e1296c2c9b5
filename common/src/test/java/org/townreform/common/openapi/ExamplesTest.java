package org.townreform.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class ExamplesTest {
    private final Map<String, Schema> components = new LinkedHashMap<>();
    private final Examples examples = new Examples(components);

    private static Schema type(SchemaType type) {
        return OASFactory.createSchema().addType(type);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(name);
    }

    @Test
    void aSchemasOwnExampleComesFirst() {
        assertThat(examples.of(type(SchemaType.STRING).examples(List.of("441900113")).format("date")))
                .isEqualTo("441900113");
        assertThat(examples.of(type(SchemaType.INTEGER).example(2026))).isEqualTo(2026);
        components.put("Money", type(SchemaType.STRING).format("decimal").examples(List.of("88000.00")));
        assertThat(examples.of(ref("Money"))).isEqualTo("88000.00");
        assertThat(examples.of(ref("Money").examples(List.of("0.085")))).as("a property's own, beside its $ref")
                .isEqualTo("0.085");
    }

    @Test
    void aValueFitsTheTypeFormatEnumAndPattern() {
        assertThat(examples.of(type(SchemaType.STRING).format("date"))).isEqualTo("2026-03-02");
        assertThat(examples.of(type(SchemaType.STRING).format("date-time"))).isEqualTo("2026-03-02T09:30:00+08:00");
        assertThat(examples.of(type(SchemaType.STRING).format("decimal").pattern("^\\d{1,16}([.]\\d{1,2})?$")))
                .isEqualTo("1234.50");
        assertThat(examples.of(type(SchemaType.STRING).enumeration(List.of("ADMINISTRATIVE", "CONTRACT"))))
                .isEqualTo("ADMINISTRATIVE");
        assertThat(examples.of(type(SchemaType.STRING).pattern("\\d{9}"))).isEqualTo("441900113");
        assertThat(examples.of(type(SchemaType.STRING).pattern("\\d{4}-\\d{2}"))).isEqualTo("2026-03");
        assertThat(examples.of(type(SchemaType.STRING).pattern("\\S").maxLength(50))).isEqualTo("text");
        assertThat(examples.of(type(SchemaType.STRING).minLength(6).maxLength(8))).isEqualTo("xxxxxx");
        assertThat(examples.of(type(SchemaType.INTEGER))).isEqualTo(1L);
        assertThat(examples.of(type(SchemaType.INTEGER).format("int32").minimum(new BigDecimal("1949"))))
                .isEqualTo(1949);
        assertThat(examples.of(type(SchemaType.INTEGER).maximum(BigDecimal.ZERO))).isEqualTo(0L);
        assertThat(examples.of(type(SchemaType.BOOLEAN))).isEqualTo(true);
        assertThat(examples.of(OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.NULL))
                .format("date"))).as("a nullable type: its other type").isEqualTo("2026-03-02");
    }

    @Test
    void anUnknownPatternWithoutExampleHasNone() {
        assertThat(examples.of(type(SchemaType.STRING).pattern("^[A-Z]{2}\\d{7}$"))).isNull();
        Schema withIt = type(SchemaType.OBJECT).required(List.of("licence"))
                .addProperty("licence", type(SchemaType.STRING).pattern("^[A-Z]{2}\\d{7}$"));
        assertThat(examples.of(withIt)).as("a required property without a value: no example at all").isNull();
    }

    @Test
    void objectsGetTheirPropertiesArraysOneItemRefsAreFollowed() {
        components.put("Date", type(SchemaType.STRING).format("date").examples(List.of("2026-03-02")));
        components.put("StaffType", type(SchemaType.STRING).enumeration(List.of("ADMINISTRATIVE", "INSTITUTION")));
        components.put("PersonView", type(SchemaType.OBJECT)
                .addProperty("townCode", type(SchemaType.STRING).examples(List.of("441900113")))
                .addProperty("staffType", ref("StaffType"))
                .addProperty("birthDate", ref("Date"))
                .addProperty("active", type(SchemaType.BOOLEAN)));
        components.put("PagePersonView", type(SchemaType.OBJECT)
                .addProperty("items", type(SchemaType.ARRAY).items(ref("PersonView")))
                .addProperty("nextCursor", type(SchemaType.STRING)));
        Map<String, Object> person = Map.of("townCode", "441900113", "staffType", "ADMINISTRATIVE", "birthDate",
                "2026-03-02", "active", true);
        assertThat(examples.of(ref("PagePersonView")))
                .isEqualTo(Map.of("items", List.of(person), "nextCursor", "text"));
        assertThat(examples.of(type(SchemaType.ARRAY).minItems(2).items(type(SchemaType.STRING).format("date"))))
                .isEqualTo(List.of("2026-03-02", "2026-03-02"));
        assertThat(examples.of(type(SchemaType.OBJECT).additionalPropertiesSchema(type(SchemaType.INTEGER))))
                .isEqualTo(Map.of("key", 1L));
        assertThat(examples.of(OASFactory.createSchema().allOf(List.of(ref("PersonView"),
                type(SchemaType.OBJECT).addProperty("version", type(SchemaType.INTEGER))))))
                .isEqualTo(new LinkedHashMap<>(Map.of("townCode", "441900113", "staffType", "ADMINISTRATIVE",
                        "birthDate", "2026-03-02", "active", true, "version", 1L)));
        assertThat(examples.of(OASFactory.createSchema().oneOf(List.of(type(SchemaType.NULL), ref("StaffType")))))
                .isEqualTo("ADMINISTRATIVE");
    }

    @Test
    void aRefCycleEndsWhereItWouldCloseAndAnUnknownRefHasNothing() {
        components.put("Unit", type(SchemaType.OBJECT).required(List.of("name"))
                .addProperty("name", type(SchemaType.STRING).examples(List.of("石龙镇党政办公室")))
                .addProperty("parent", ref("Unit"))
                .addProperty("children", type(SchemaType.ARRAY).items(ref("Unit"))));
        assertThat(examples.of(ref("Unit"))).isEqualTo(expectedUnit());
        assertThat(examples.of(ref("Nowhere"))).isNull();
        assertThat(examples.of(ref("https://example.org/schema.json"))).isNull();
    }

    private static Map<String, Object> expectedUnit() {
        // the outer Unit: its parent would be Unit again (left out), its children one item of nothing: an empty list
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("name", "石龙镇党政办公室");
        unit.put("children", List.of());
        return unit;
    }
}
