package io.procurewire.catalog.importing;

import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Catalog files in: POST the file as the body. Dry run by default (dryRun=true): the answer is the diff, nothing
 * changes. dryRun=false applies it in one transaction, or refuses (422) if any row is invalid.
 */
@Path("/api/catalog/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ImportResource {

    private final CatalogImportService imports;

    ImportResource(CatalogImportService imports) {
        this.imports = imports;
    }

    @POST
    // never text/plain or a form type: a cross-site form could post those with an operator's cached credentials
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, "application/x-cif"})
    public ImportReport importFile(byte[] body, @QueryParam("format") String format, @QueryParam("mode") String mode,
                                   @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                                   @QueryParam("fileName") String fileName,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("the catalog file is the request body, and it is empty");
        }
        String charset = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        CatalogFile file = parse(body, charset, format, mode);
        return dryRun ? imports.dryRun(file) : imports.apply(file, fileName);
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    public List<CatalogImport> applied() {
        return CatalogImport.list("order by id desc");
    }

    static CatalogFile parse(byte[] body, String charset, String format, String mode) {
        String fmt = format == null ? guessFormat(body) : format.toLowerCase(Locale.ROOT);
        try {
            return switch (fmt) {
                case "cif" -> {
                    CatalogFile file = CifCatalogParser.parse(body);
                    if (mode != null && parseMode(mode) != file.mode()) {
                        throw ProblemException.badRequest("mode=" + mode + " contradicts the file's LOADMODE ("
                                + file.mode() + "); leave mode out for CIF files");
                    }
                    yield file;
                }
                case "csv" -> CsvCatalogParser.parse(body, charset,
                        mode == null ? CatalogFile.Mode.INCREMENTAL : parseMode(mode));
                default -> throw ProblemException.badRequest("format must be csv or cif, was '" + format + "'");
            };
        } catch (CatalogFile.BrokenFile e) {
            Map<String, Object> ext = new HashMap<>();
            if (e.line() != null) {
                ext.put("line", e.line());
            }
            throw new ProblemException(422, "Unprocessable Content", "The file cannot be imported: " + e.getMessage()
                    + "; nothing was changed", null, ext);
        }
    }

    private static CatalogFile.Mode parseMode(String mode) {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "full", "f" -> CatalogFile.Mode.FULL;
            case "incremental", "i" -> CatalogFile.Mode.INCREMENTAL;
            default -> throw ProblemException.badRequest("mode must be full or incremental, was '" + mode + "'");
        };
    }

    private static String guessFormat(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 32), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").trim();
        return start.startsWith("CIF_I_V") ? "cif" : "csv";
    }
}
