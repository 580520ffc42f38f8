package graphkit.testserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j 5 Community DBMS with its Bolt connector, for graphkit's tests and benchmarks.
 *
 * <p>Usage: {@code java -cp CLASSPATH graphkit.testserver.Neo4jTestServer HOME PORT PASSWORD}.
 * It writes {@code HOME/conf/neo4j.conf} (Bolt on 127.0.0.1:PORT only, HTTP off,
 * authentication on, small page cache, no preallocated transaction logs), starts the
 * DBMS in HOME (reusing the databases already there, e.g. after a kill or an import),
 * sets the password of user {@code neo4j}, prints one line {@code READY bolt://127.0.0.1:PORT}
 * and serves until its standard input closes (or it is killed). Why a launcher and not the
 * packaged server: only Maven Central is reachable, and the embedded DBMS with Bolt is the
 * same kernel, Cypher and Bolt server that the tarball runs.
 */
public final class Neo4jTestServer {
    private Neo4jTestServer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Neo4jTestServer HOME PORT PASSWORD");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = args[2];
        Path conf = writeConfig(home, port);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        setPassword(dbms, password);
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        while (System.in.read() != -1) {
            // serve until stdin closes: the test fixture closes it to stop the server
        }
        System.exit(0);
    }

    static Path writeConfig(Path home, int port) throws IOException {
        Path conf = home.resolve("conf").resolve("neo4j.conf");
        Files.createDirectories(conf.getParent());
        List<String> lines = List.of(
                "server.default_listen_address=127.0.0.1",
                "server.bolt.enabled=true",
                "server.bolt.listen_address=127.0.0.1:" + port,
                "server.bolt.advertised_address=127.0.0.1:" + port,
                "server.http.enabled=false",
                "server.https.enabled=false",
                "dbms.security.auth_enabled=true",
                // the tests try several wrong passwords in a row; Neo4j's default (3) would lock the user
                "dbms.security.auth_max_failed_attempts=10",
                "server.memory.pagecache.size=128m",
                "db.tx_log.preallocate=false",
                "db.tx_log.rotation.retention_policy=2 files",
                "db.checkpoint.interval.time=30s");
        Files.write(conf, lines, StandardCharsets.UTF_8);
        return conf;
    }

    static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // restarted on a home whose password is already this one
            if (!String.valueOf(e.getMessage()).contains("same")) {
                throw e;
            }
        }
    }
}
