// params: none. The one multi-statement file: constraints and indexes, each IF NOT EXISTS (idempotent),
// split on ';' at line end and run one by one at start-up.
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT forum_id IF NOT EXISTS FOR (n:Forum) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT delegation_id IF NOT EXISTS FOR (n:Delegation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT investment_id IF NOT EXISTS FOR (n:Investment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT story_id IF NOT EXISTS FOR (n:Story) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:ImportLock) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tie_id IF NOT EXISTS FOR ()-[t:TIE]-() REQUIRE t.id IS UNIQUE;
CREATE TEXT INDEX city_search IF NOT EXISTS FOR (n:City) ON (n.search);
CREATE INDEX city_country IF NOT EXISTS FOR (n:City) ON (n.country);
CREATE POINT INDEX city_location IF NOT EXISTS FOR (n:City) ON (n.location);
CREATE INDEX tie_year IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.year);
CREATE INDEX tie_kind IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.kind);
CREATE INDEX agreement_year IF NOT EXISTS FOR (n:Agreement) ON (n.year);
CREATE FULLTEXT INDEX city_names IF NOT EXISTS FOR (n:City) ON EACH [n.nameRu, n.nameEn, n.search];
