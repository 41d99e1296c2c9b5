package org.townreform.license.catalogue.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.error.Problems;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.license.catalogue.ImportReport;
import org.townreform.license.catalogue.ItemKind;
import org.townreform.license.catalogue.ItemView;
import org.townreform.license.catalogue.service.CatalogueService;
import org.townreform.license.config.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "The catalogue of delegated powers (权限事项目录)")
public class CatalogueResource {
    private final CatalogueService service;
    private final CommonConfig config;

    public CatalogueResource(CatalogueService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importCatalogue", summary = "Import the catalogue from a spreadsheet (multipart part 'file': .xlsx, .xls or .csv); upserts by "
            + "code and answers which rows were accepted and which rejected, with reasons")
    public Uni<ImportReport> importItems(@RestForm("file") FileUpload file,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        if (file == null || file.uploadedFile() == null) {
            throw Problems.invalid("file", "send the catalogue as the multipart part 'file'");
        }
        return service.importFile(file.uploadedFile(), file.fileName(), idempotencyKey);
    }

    @GET
    @Operation(operationId = "listCatalogueItems", summary = "Catalogue items in code order, optionally of one kind or department")
    public Uni<Page<ItemView>> list(@QueryParam("kind") String kind, @QueryParam("department") String department,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor, config.paging()),
                Params.enumValue("kind", kind, ItemKind.class), department);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCatalogueItem", summary = "One catalogue item")
    public Uni<ItemView> get(@PathParam("code") String code) {
        return service.get(code);
    }
}
