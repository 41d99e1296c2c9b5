import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Signs a development JWT (RS256) with deploy/local/dev-keys/private.pem. Run as a single-file program by token.sh, so it
 * needs nothing but the JDK. The claims match what the services read: groups (roles), town, dept.
 */
public class DevToken {
    static final String ISSUER = "https://townreform.local/dev";
    static final Set<String> ROLES = Set.of("town-clerk", "town-leader", "county-org", "dept-officer", "county-finance",
            "supervisor");

    public static void main(String[] args) throws Exception {
        List<String> roles = new ArrayList<>();
        String town = null, dept = null, name = null, keys = "deploy/local/dev-keys";
        long hours = 12;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--role" -> { roles.add(need(a, v)); i++; }
                case "--town" -> { town = need(a, v); i++; }
                case "--dept" -> { dept = need(a, v); i++; }
                case "--name" -> { name = need(a, v); i++; }
                case "--hours" -> { hours = Long.parseLong(need(a, v)); i++; }
                case "--keys" -> { keys = need(a, v); i++; }
                case "-h", "--help" -> { usage(); return; }
                default -> fail("unknown argument " + a);
            }
        }
        if (roles.isEmpty()) {
            fail("give at least one --role (" + String.join(", ", ROLES) + ")");
        }
        for (String r : roles) {
            if (!ROLES.contains(r)) {
                fail("unknown role " + r + " (roles: " + String.join(", ", ROLES) + ")");
            }
        }
        if (town != null && !town.matches("\\d{9}")) {
            fail("--town must be a 9-digit township code");
        }
        if ((roles.contains("town-clerk") || roles.contains("town-leader")) && town == null) {
            fail("town roles need --town CODE");
        }
        if (roles.contains("dept-officer") && dept == null) {
            fail("dept-officer needs --dept NAME");
        }
        long now = Instant.now().getEpochSecond();
        String subject = name != null ? name : String.join("+", roles) + (town == null ? "" : "@" + town);
        StringBuilder claims = new StringBuilder("{");
        claims.append("\"iss\":").append(str(ISSUER));
        claims.append(",\"sub\":").append(str(subject));
        claims.append(",\"preferred_username\":").append(str(subject));
        claims.append(",\"groups\":[");
        for (int i = 0; i < roles.size(); i++) {
            claims.append(i == 0 ? "" : ",").append(str(roles.get(i)));
        }
        claims.append("]");
        if (town != null) {
            claims.append(",\"town\":").append(str(town));
        }
        if (dept != null) {
            claims.append(",\"dept\":").append(str(dept));
        }
        claims.append(",\"iat\":").append(now).append(",\"exp\":").append(now + hours * 3600).append("}");

        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"dev\"}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.toString().getBytes(
                StandardCharsets.UTF_8));
        Signature sig = Signature.getInstance("SHA256withRSA");
        sig.initSign(privateKey(Path.of(keys, "private.pem")));
        sig.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        String token = signingInput + "." + b64(sig.sign());

        System.err.println("# development token (dev key; never trusted in production): " + claims);
        System.out.println(token);
    }

    static PrivateKey privateKey(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static String need(String flag, String value) {
        if (value == null || value.startsWith("--")) {
            fail(flag + " needs a value");
        }
        return value;
    }

    static void usage() {
        System.out.println("token.sh --role ROLE [--role ROLE] [--town CODE] [--dept NAME] [--name NAME] [--hours N]");
    }

    static void fail(String message) {
        System.err.println("token.sh: " + message);
        System.exit(2);
    }
}
