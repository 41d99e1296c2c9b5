package org.townreform.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ContractFilterTest {
    private final OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
            .addPathItem("/api/v1/units/{id}", OASFactory.createPathItem()
                    .PUT(operation("updateUnit").addParameter(header("If-Match")))
                    .GET(operation("getUnit")))
            .addPathItem("/api/v1/towns", OASFactory.createPathItem()
                    .POST(operation("createTown").addParameter(header("Idempotency-Key")).addExtension("x-created",
                            "always")))
            .addPathItem("/api/v1/revenue-entries", OASFactory.createPathItem()
                    .POST(operation("recordRevenueEntry").addExtension("x-created", "or-existing")))
            .addPathItem("/api/v1/public/applications/{number}", OASFactory.createPathItem()
                    .GET(operation("getPublicApplicationStatus").addExtension("x-rate-limited", true)
                            .responses(OASFactory.createAPIResponses()
                                    .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"))
                                    .addAPIResponse("400", OASFactory.createAPIResponse().description("Bad Request"))
                                    .addAPIResponse("404",
                                            OASFactory.createAPIResponse().description("No such number"))))));

    @Test
    void theBearerTokenIsRequiredEverywhereButOnPublicPaths() {
        new ContractFilter().filterOpenAPI(document);
        assertThat(document.getSecurity()).hasSize(1);
        assertThat(document.getSecurity().get(0).getSchemes()).containsOnlyKeys("bearer");
        assertThat(op("/api/v1/units/{id}", PathItem.HttpMethod.GET).getSecurity()).isNull();
        assertThat(op("/api/v1/public/applications/{number}", PathItem.HttpMethod.GET).getSecurity()).isEmpty();
        assertThat(document.getComponents().getSecuritySchemes()).containsOnlyKeys("bearer");
    }

    @Test
    void eachOperationListsTheProblemsItCanAnswerWith() {
        new ContractFilter().filterOpenAPI(document);
        assertThat(statuses("/api/v1/units/{id}", PathItem.HttpMethod.PUT))
                .containsExactlyInAnyOrder("200", "400", "401", "403", "404", "409", "422", "428", "503");
        assertThat(statuses("/api/v1/units/{id}", PathItem.HttpMethod.GET))
                .containsExactlyInAnyOrder("200", "400", "401", "403", "404", "503");
        assertThat(statuses("/api/v1/towns", PathItem.HttpMethod.POST))
                .containsExactlyInAnyOrder("201", "400", "401", "403", "409", "422", "503");
        assertThat(statuses("/api/v1/public/applications/{number}", PathItem.HttpMethod.GET))
                .containsExactlyInAnyOrder("200", "400", "404", "429", "503");
        var declared = op("/api/v1/public/applications/{number}", PathItem.HttpMethod.GET).getResponses();
        assertThat(declared.getAPIResponse("404").getDescription()).isEqualTo("No such number");
        assertThat(declared.getAPIResponse("400").getDescription()).startsWith("Bad input: VALIDATION_FAILED");
        assertThat(declared.getAPIResponse("429").getContent().getMediaType("application/problem+json")).isNotNull();
        assertThat(declared.getAPIResponse("429").getHeaders()).containsKey("Retry-After");
        var notFound = op("/api/v1/units/{id}", PathItem.HttpMethod.GET).getResponses().getAPIResponse("404");
        assertThat(notFound.getContent().getMediaType("application/problem+json").getSchema().getRef())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "code", "requestId", "errors");
    }

    @Test
    void anIdempotentWriteSaysWhenItsAnswerIsAReplay() {
        new ContractFilter().filterOpenAPI(document);
        Operation create = op("/api/v1/towns", PathItem.HttpMethod.POST);
        assertThat(create.getResponses().getAPIResponse("201").getHeaders()).containsKey("Idempotent-Replayed");
        assertThat(create.getParameters().get(0).getSchema().getPattern()).isEqualTo("^[\\x21-\\x7E]{1,200}$");
        assertThat(op("/api/v1/units/{id}", PathItem.HttpMethod.GET).getResponses().getAPIResponse("200")
                .getHeaders()).doesNotContainKey("Idempotent-Replayed");
    }

    @Test
    void aCreatingOperationAnswers201WithTheRecordsLocation() {
        new ContractFilter().filterOpenAPI(document);
        Operation create = op("/api/v1/towns", PathItem.HttpMethod.POST);
        assertThat(create.getResponses().getAPIResponse("201").getHeaders()).containsKey("Location");
        assertThat(create.getExtensions()).isNullOrEmpty();
        Operation record = op("/api/v1/revenue-entries", PathItem.HttpMethod.POST);
        assertThat(statuses("/api/v1/revenue-entries", PathItem.HttpMethod.POST)).contains("200", "201");
        assertThat(record.getResponses().getAPIResponse("200").getHeaders()).containsKey("Location");
    }

    @Test
    void theDocumentNamesItsLicenceAndARelativeServer() {
        new ContractFilter().filterOpenAPI(document);
        assertThat(document.getInfo().getLicense().getIdentifier()).isEqualTo("LicenseRef-Proprietary");
        assertThat(document.getServers()).singleElement().satisfies(s -> assertThat(s.getUrl()).isEqualTo("/"));
    }

    @Test
    void requestBodiesSuccessAnswersAndProblemsGetExamplesAnOperationsOwnIsKept() {
        document.components(OASFactory.createComponents().addSchema("NewTown", OASFactory.createSchema()
                .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT)
                .addProperty("code", OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .pattern("\\d{9}"))));
        Operation create = op("/api/v1/towns", PathItem.HttpMethod.POST);
        create.requestBody(OASFactory.createRequestBody().content(json("NewTown")));
        create.getResponses().getAPIResponse("200").content(json("NewTown"));
        Operation get = op("/api/v1/units/{id}", PathItem.HttpMethod.GET);
        get.getResponses().getAPIResponse("200").content(json("NewTown"));
        get.getResponses().getAPIResponse("200").getContent().getMediaType("application/json")
                .example(java.util.Map.of("code", "441900102"));
        new ContractFilter().filterOpenAPI(document);

        assertThat(create.getRequestBody().getContent().getMediaType("application/json").getExample())
                .isEqualTo(java.util.Map.of("code", "441900113"));
        assertThat(create.getResponses().getAPIResponse("201").getContent().getMediaType("application/json")
                .getExample()).isEqualTo(java.util.Map.of("code", "441900113"));
        assertThat(get.getResponses().getAPIResponse("200").getContent().getMediaType("application/json")
                .getExample()).as("declared by the operation").isEqualTo(java.util.Map.of("code", "441900102"));
        var notFound = get.getResponses().getAPIResponse("404").getContent().getMediaType("application/problem+json");
        assertThat(notFound.getExamples()).containsOnlyKeys("NOT_FOUND");
        assertThat(notFound.getExamples().get("NOT_FOUND").getRef()).isEqualTo("#/components/examples/Problem404");
        @SuppressWarnings("unchecked")
        var body = (java.util.Map<String, Object>) document.getComponents().getExamples().get("Problem404").getValue();
        assertThat(body).containsEntry("status", 404).containsEntry("code", "NOT_FOUND")
                .containsEntry("type", "urn:townreform:problem:NOT_FOUND").containsKeys("title", "detail", "requestId")
                .doesNotContainKeys("errors", "basis");
        assertThat(document.getComponents().getExamples()).as("only the statuses the document answers")
                .containsOnlyKeys("Problem400", "Problem401", "Problem403", "Problem404", "Problem409",
                        "Problem422", "Problem428", "Problem429", "Problem503");
        @SuppressWarnings("unchecked")
        var invalid = (java.util.Map<String, Object>) document.getComponents().getExamples().get("Problem400")
                .getValue();
        assertThat(invalid).containsEntry("code", "VALIDATION_FAILED").containsKey("errors");
    }

    @Test
    void aDecimalsExampleIsTheStringAsWritten() {
        var decimal = OASFactory.createSchema()
                .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING).format("decimal");
        assertThat(new ContractFilter().filterSchema(decimal.examples(java.util.List.of("\"0.10\""))).getExamples())
                .containsExactly("0.10");
        assertThat(new ContractFilter().filterSchema(decimal.examples(java.util.List.of(new java.math.BigDecimal(
                "1234.50")))).getExamples()).containsExactly("1234.50");
        assertThat(new ContractFilter().filterSchema(decimal.examples(java.util.List.of("441900113"))).getExamples())
                .containsExactly("441900113");
    }

    private static org.eclipse.microprofile.openapi.models.media.Content json(String schema) {
        return OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema)));
    }

    private static Operation operation(String id) {
        return OASFactory.createOperation().operationId(id).responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static Parameter header(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER);
    }

    private Operation op(String path, PathItem.HttpMethod method) {
        return document.getPaths().getPathItem(path).getOperations().get(method);
    }

    private java.util.Set<String> statuses(String path, PathItem.HttpMethod method) {
        return op(path, method).getResponses().getAPIResponses().keySet();
    }

    @Test
    void parametersTakenAsTextAreDocumentedWithTheTypeTheyAreCheckedAgainst() {
        Operation get = OASFactory.createOperation().operationId("x")
                .addParameter(param("id", Parameter.In.PATH)).addParameter(param("certificateId", Parameter.In.PATH))
                .addParameter(param("code", Parameter.In.PATH)).addParameter(param("limit", Parameter.In.QUERY))
                .addParameter(param("asOf", Parameter.In.QUERY)).addParameter(param("town", Parameter.In.QUERY))
                .addParameter(param("year", Parameter.In.QUERY)).addParameter(param("q", Parameter.In.QUERY));
        ContractFilter.typedParameters("/api/v1/towns/{code}/people/{id}/certificates/{certificateId}", get);
        var p = get.getParameters();
        assertThat(p.get(0).getSchema().getType()).containsExactly(Schema.SchemaType.INTEGER);
        assertThat(p.get(0).getSchema().getFormat()).isEqualTo("int64");
        assertThat(p.get(1).getSchema().getFormat()).isEqualTo("int64");
        assertThat(p.get(2).getSchema().getPattern()).isEqualTo("^[0-9]{9}$");
        assertThat(p.get(3).getSchema().getMaximum()).isEqualByComparingTo("200");
        assertThat(p.get(4).getSchema().getRef()).isEqualTo("#/components/schemas/Date");
        assertThat(p.get(5).getSchema().getPattern()).isEqualTo("^[0-9]{9}$");
        assertThat(p.get(6).getSchema().getType()).containsExactly(Schema.SchemaType.INTEGER);
        assertThat(p.get(7).getSchema().getType()).as("free text stays text").containsExactly(Schema.SchemaType.STRING);
        // a code that is not a town's (a catalogue item's) stays text
        Operation item = OASFactory.createOperation().addParameter(param("code", Parameter.In.PATH));
        ContractFilter.typedParameters("/api/v1/catalogue/{code}", item);
        assertThat(item.getParameters().get(0).getSchema().getPattern()).isNull();
    }

    @Test
    void anAnswerThatIsAVersionedRecordDocumentsItsETag() {
        var components = OASFactory.createComponents()
                .addSchema("UnitView", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("version", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
                .addSchema("Page", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)));
        Operation one = answering("#/components/schemas/UnitView");
        Operation page = answering("#/components/schemas/Page");
        ContractFilter.etags(one, components);
        ContractFilter.etags(page, components);
        assertThat(one.getResponses().getAPIResponse("200").getHeaders()).containsKey("ETag");
        assertThat(page.getResponses().getAPIResponse("200").getHeaders()).isNull();
    }

    private static Operation answering(String ref) {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200",
                OASFactory.createAPIResponse().description("OK").content(OASFactory.createContent().addMediaType(
                        "application/json", OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ref))))));
    }

    private static Parameter param(String name, Parameter.In in) {
        return OASFactory.createParameter().name(name).in(in)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
