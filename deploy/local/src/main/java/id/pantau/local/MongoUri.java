package id.pantau.local;

/** Connection strings per service database, from one server URI (the embedded server's, or an external one). */
final class MongoUri {

    private MongoUri() {
    }

    /**
     * Puts the database into the URI's path, keeping hosts, credentials and options:
     * {@code mongodb://h1,h2/?replicaSet=rs0} with {@code pantau-innovation} gives
     * {@code mongodb://h1,h2/pantau-innovation?replicaSet=rs0}.
     */
    static String withDatabase(String uri, String database) {
        int hostsStart = uri.indexOf("://");
        if (hostsStart < 0) {
            throw new IllegalArgumentException("Not a MongoDB connection string: " + uri);
        }
        int queryStart = uri.indexOf('?', hostsStart);
        String query = queryStart < 0 ? "" : uri.substring(queryStart);
        String beforeQuery = queryStart < 0 ? uri : uri.substring(0, queryStart);
        int pathStart = beforeQuery.indexOf('/', hostsStart + 3);
        String hosts = pathStart < 0 ? beforeQuery : beforeQuery.substring(0, pathStart);
        return hosts + "/" + database + query;
    }
}
