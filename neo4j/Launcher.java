// Starts Neo4j Community (embedded DBMS) with only the Bolt connector, on loopback.
// Run by neo4j/local-neo4j.ts as a single-file source program: java -cp 'neo4j/lib/*' neo4j/Launcher.java
// Arguments come from the environment so the Node side owns all defaults.
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launcher {
  public static void main(String[] args) {
    try {
      run();
    } catch (Throwable e) {
      // One line the Node launcher shows as the reason; then exit, so no half-started JVM lingers.
      System.out.println("FAILED " + String.valueOf(e.getMessage()).replace('\n', ' '));
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run() throws Exception {
    Path home = Path.of(env("POBRATIM_NEO4J_HOME", ".data/neo4j")).toAbsolutePath();
    Path conf = Path.of(env("POBRATIM_NEO4J_CONF", "neo4j/neo4j.conf")).toAbsolutePath();
    String host = env("POBRATIM_NEO4J_HOST", "127.0.0.1");
    int port = Integer.parseInt(env("POBRATIM_NEO4J_PORT", "7687"));
    String password = env("POBRATIM_NEO4J_PASSWORD", "");

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .loadPropertiesFromFile(conf)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println("STOPPED");
    }));
    if (!password.isEmpty()) {
      try {
        dbms.database("system").executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
      } catch (RuntimeException e) {
        // A restart with the password already set: Neo4j refuses to "change" it to the same value.
        if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
      }
    }
    // The Node launcher waits for this exact line before it connects.
    System.out.println("READY bolt://" + host + ":" + port);
    // Our stdin is a pipe from the Node parent: when it closes (the parent died, even by SIGKILL), stop too,
    // so no orphan JVM keeps the port and the store lock.
    while (System.in.read() != -1) { /* the parent never writes */ }
    System.exit(0);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
