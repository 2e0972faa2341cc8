package newsgraph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Starts Neo4j Community for newsgraph's development, tests and users without a server.
 *
 * <p>The same server classes the standalone distribution runs (CommunityBootstrapper),
 * configured for one user on one machine: Bolt and HTTP (Browser) on loopback only,
 * authentication on, small memory, no usage reports, no plugins (APOC-free).
 *
 * <pre>
 *   NEO4J_PASSWORD=... java -Xmx512m -cp 'lib/*' newsgraph.neo4j.Launcher \
 *       --home .neo4j --data .neo4j/data --bolt 127.0.0.1:7687 --http 127.0.0.1:7474
 * </pre>
 *
 * The password comes from the environment (never the command line, which other users
 * can read in the process list). The user {@code neo4j} is given that password at every
 * start, so the password the user chose is always the one in force.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        opt.put("--home", ".neo4j");
        opt.put("--data", null);
        opt.put("--bolt", "127.0.0.1:7687");
        opt.put("--http", "127.0.0.1:7474");
        opt.put("--pagecache", "128m");
        opt.put("--tx-memory", "256m");
        opt.put("--browser-post-connect", "");
        for (int i = 0; i < args.length; i++) {
            if (!opt.containsKey(args[i]) || i + 1 >= args.length) {
                System.err.println("newsgraph-neo4j: unknown or incomplete option " + args[i]
                        + " (options: " + opt.keySet() + ")");
                System.exit(64);
            }
            opt.put(args[i], args[++i]);
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.err.println("newsgraph-neo4j: set NEO4J_PASSWORD (at least 8 characters)");
            System.exit(64);
        }
        Path home = Path.of(opt.get("--home")).toAbsolutePath().normalize();
        Path data = Path.of(opt.get("--data") != null ? opt.get("--data") : home.resolve("data").toString())
                .toAbsolutePath().normalize();
        Path conf = home.resolve("conf");
        Files.createDirectories(conf);
        Files.createDirectories(data);
        Path confFile = conf.resolve("neo4j.conf");
        if (!Files.exists(confFile)) {
            Files.writeString(confFile, "# settings here are overridden by newsgraph's launcher flags\n");
        }

        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("server.directories.data", data.toString());
        cfg.put("server.directories.logs", home.resolve("logs").toString());
        cfg.put("server.directories.run", home.resolve("run").toString());
        cfg.put("server.directories.plugins", home.resolve("plugins").toString());
        cfg.put("server.directories.import", home.resolve("import").toString());
        cfg.put("server.default_listen_address", "127.0.0.1");
        cfg.put("server.default_advertised_address", "127.0.0.1");
        cfg.put("server.bolt.enabled", "true");
        cfg.put("server.bolt.listen_address", opt.get("--bolt"));
        cfg.put("server.bolt.advertised_address", opt.get("--bolt"));
        cfg.put("server.bolt.tls_level", "DISABLED");
        boolean http = !"off".equals(opt.get("--http"));
        cfg.put("server.http.enabled", Boolean.toString(http));
        if (http) {
            cfg.put("server.http.listen_address", opt.get("--http"));
            cfg.put("server.http.advertised_address", opt.get("--http"));
        }
        cfg.put("server.https.enabled", "false");
        cfg.put("dbms.security.auth_enabled", "true");
        cfg.put("server.memory.pagecache.size", opt.get("--pagecache"));
        cfg.put("dbms.memory.transaction.total.max", opt.get("--tx-memory"));
        cfg.put("db.tx_log.rotation.retention_policy", "2 files");
        cfg.put("dbms.usage_report.enabled", "false");
        cfg.put("server.logs.gc.enabled", "false");
        cfg.put("client.allow_telemetry", "false");
        if (!opt.get("--browser-post-connect").isEmpty()) {
            cfg.put("browser.post_connect_cmd", opt.get("--browser-post-connect"));
        }

        NeoBootstrapper server = new CommunityBootstrapper();
        int rc = server.start(home, confFile, cfg, false, false);
        if (rc != NeoBootstrapper.OK) {
            System.err.println("newsgraph-neo4j: Neo4j failed to start (code " + rc + "); see "
                    + home.resolve("logs"));
            System.exit(rc);
        }
        setPassword(server.getDatabaseManagementService(), password);

        // NeoBootstrapper installs its own SIGTERM/SIGINT handling and shutdown hook, which
        // stop the DBMS cleanly; the server threads keep this JVM alive until then.
        System.out.println("newsgraph-neo4j: ready bolt://" + opt.get("--bolt")
                + (http ? " browser http://" + opt.get("--http") + "/browser/" : ""));
        System.out.flush();
    }

    /** Give the user neo4j the chosen password (through the embedded API, which needs no login). */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            // setting the password it already has is refused; anything else is fatal
            if (!msg.contains("Old password and new password cannot be the same")) {
                System.err.println("newsgraph-neo4j: cannot set the password of user neo4j: " + msg);
                System.exit(65);
            }
        }
    }
}
