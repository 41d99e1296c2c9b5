package org.townreform.license.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Tokens;
import org.townreform.license.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CatalogueResourceTest {

    private static RequestSpecification countyOrg() {
        return given().header("Authorization", Tokens.bearer(Tokens.role("county-org")));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CatalogueResourceTest.class.getResourceAsStream("/catalogue/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("目录");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void importsTheDemoCatalogueFromCsvAndAgainUnchanged() throws IOException {
        byte[] csv = resource("shilong-catalogue.csv");
        countyOrg().multiPart("file", "shilong-catalogue.csv", csv, "text/csv").post("/api/v1/items/import")
                .then().statusCode(200).body("rejectedCount", equalTo(0)).body("acceptedCount", equalTo(35));
        countyOrg().multiPart("file", "shilong-catalogue.csv", csv, "text/csv").post("/api/v1/items/import")
                .then().statusCode(200).body("unchanged", equalTo(35)).body("created", equalTo(0));
        // the same catalogue as an Excel workbook: the same items, nothing to change
        countyOrg().multiPart("file", "shilong-catalogue.xlsx", resource("shilong-catalogue.xlsx"))
                .post("/api/v1/items/import").then().statusCode(200).body("rejectedCount", equalTo(0))
                .body("unchanged", equalTo(35));
        Fixtures.clerk("441900113").get("/api/v1/items/DG-CG-001").then().statusCode(200);
        Fixtures.as("supervisor").get("/api/v1/items/DG-CG-001").then().statusCode(200)
                .body("kind", equalTo("LICENSE")).body("promisedDays", equalTo(10))
                .body("materials.name", hasItem("施工方案")).body("fee", equalTo("0.00"));
    }

    @Test
    void importsAnXlsxWithGoodAndBadRowsAndKeepsTheGoodOnes() throws IOException {
        String a = Fixtures.newItemCode();
        String b = Fixtures.newItemCode();
        String c = Fixtures.newItemCode();
        byte[] file = xlsx(List.of(
                List.of("Code", "Name", "Kind", "Department", "Statutory days", "Promised days", "Required materials",
                        "Fee"),
                List.of(a, "占道许可", "LICENSE", Fixtures.DEPT, 20, 10, "申请书;示意图", "50.5"),
                List.of(b, "承诺超过法定", "行政许可", Fixtures.DEPT, 10, 15, "申请书", ""),
                List.of(c, "类型不明", "魔法", Fixtures.DEPT, "十天", 5, "", "abc"),
                List.of("", "无编码", "LICENSE", Fixtures.DEPT, 10, 5, "", "")));
        countyOrg().multiPart("file", "catalogue.xlsx", file).post("/api/v1/items/import").then().statusCode(200)
                .body("acceptedCount", equalTo(1)).body("rejectedCount", equalTo(3))
                .body("accepted[0].code", equalTo(a)).body("accepted[0].row", equalTo(2))
                .body("rejected[0].row", equalTo(3))
                .body("rejected[0].reasons[0]", containsString("above"))
                .body("rejected[1].reasons", hasSize(3))
                .body("rejected[2].reasons[0]", containsString("missing"));
        Fixtures.as("supervisor").get("/api/v1/items/" + a).then().statusCode(200).body("fee", equalTo("50.50"))
                .body("materials", hasSize(2));
        Fixtures.as("supervisor").get("/api/v1/items/" + b).then().statusCode(404);
    }

    @Test
    void aBrokenEmptyOrForeignFileIsAClear422() {
        countyOrg().multiPart("file", "c.xlsx", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/v1/items/import").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("IMPORT_FILE_UNREADABLE"));
        countyOrg().multiPart("file", "c.csv", new byte[0]).post("/api/v1/items/import").then().statusCode(422)
                .body("code", equalTo("IMPORT_FILE_EMPTY"));
        countyOrg().multiPart("file", "c.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2})
                .post("/api/v1/items/import").then().statusCode(422).body("code", equalTo("IMPORT_FILE_UNREADABLE"));
        countyOrg().multiPart("file", "c.csv", "名称,其他\n甲,乙\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/items/import").then().statusCode(422).body("code", equalTo("IMPORT_HEADER_INVALID"));
        countyOrg().multiPart("other", "x").post("/api/v1/items/import").then().statusCode(400);
        Fixtures.clerk("441900113").multiPart("file", "c.csv", "x".getBytes(StandardCharsets.UTF_8))
                .contentType("multipart/form-data").post("/api/v1/items/import").then().statusCode(403);
    }

    @Test
    void aDepartmentOfficerImportsOnlyItsOwnItems() {
        String mine = Fixtures.newItemCode();
        String theirs = Fixtures.newItemCode();
        String csv = "code,name,kind,department,statutoryDays,promisedDays\n" + mine + ",甲,LICENSE," + Fixtures.DEPT
                + ",10,5\n" + theirs + ",乙,LICENSE,绩溪县国土资源局,10,5\n";
        given().header("Authorization", Tokens.bearer(Tokens.dept(Fixtures.DEPT)))
                .multiPart("file", "c.csv", csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/items/import").then()
                .statusCode(200).body("acceptedCount", equalTo(1)).body("rejected[0].code", equalTo(theirs));
    }

    @Test
    void aMultipartBodyCutShortIs400AndImportsNothing() {
        String code = Fixtures.newItemCode();
        String cut = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\ncode,name,kind,department,statutoryDays,promisedDays\r\n" + code
                + ",甲,LICENSE," + Fixtures.DEPT + ",10,5";
        countyOrg().contentType("multipart/form-data; boundary=XX").body(cut.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/items/import").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_MULTIPART"));
        countyOrg().get("/api/v1/items/" + code).then().statusCode(404);
    }
}
