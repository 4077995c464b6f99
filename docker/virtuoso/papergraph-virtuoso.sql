-- The user Papergraph writes as: SPARQL_UPDATE lets it update through /sparql-auth.
DB.DBA.USER_CREATE ('papergraph', 'change-me');
GRANT SPARQL_UPDATE TO "papergraph";
-- Virtuoso's own graphs (its schema of RDF views, the LDP vocabulary and the description of its
-- endpoint, named after [URIQA] DefaultHost) made private: out of sight of the anonymous user and
-- of papergraph, so that the union default graph holds Papergraph's graphs only.
DB.DBA.RDF_GRAPH_GROUP_CREATE ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 1);
DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 'http://www.openlinksw.com/schemas/virtrdf#');
DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 'http://www.w3.org/ns/ldp#');
DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 'http://localhost:8890/sparql');
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('papergraph', 0, 1);
-- Virtuoso's free-text index on the literals Papergraph searches (text-search=virtuoso):
-- titles, abstracts, labels and names. It is refreshed in batches, here every minute.
DB.DBA.RDF_OBJ_FT_RULE_ADD (null, 'http://purl.org/dc/terms/title', 'papergraph');
DB.DBA.RDF_OBJ_FT_RULE_ADD (null, 'http://purl.org/dc/terms/abstract', 'papergraph');
DB.DBA.RDF_OBJ_FT_RULE_ADD (null, 'http://www.w3.org/2004/02/skos/core#prefLabel', 'papergraph');
DB.DBA.RDF_OBJ_FT_RULE_ADD (null, 'http://www.w3.org/2004/02/skos/core#altLabel', 'papergraph');
DB.DBA.RDF_OBJ_FT_RULE_ADD (null, 'https://schema.org/name', 'papergraph');
DB.DBA.VT_BATCH_UPDATE ('DB.DBA.RDF_OBJ', 'ON', 1);
