CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)
;
CREATE TABLE entity (
	id VARCHAR(64) NOT NULL, 
	type VARCHAR(16) NOT NULL, 
	name TEXT NOT NULL, 
	name_key VARCHAR(512) NOT NULL, 
	kind VARCHAR(32), 
	qid VARCHAR(32), 
	description TEXT, 
	PRIMARY KEY (id)
)
;
CREATE INDEX ix_entity_kind ON entity (kind)
;
CREATE INDEX ix_entity_name_key ON entity (name_key)
;
CREATE INDEX ix_entity_type ON entity (type)
;
CREATE TABLE load_run (
	id VARCHAR(64) NOT NULL, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	extractor_version VARCHAR(64) NOT NULL, 
	summary JSON NOT NULL, 
	PRIMARY KEY (id)
)
;
CREATE TABLE document (
	id VARCHAR(64) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	source_path VARCHAR(512) NOT NULL, 
	part INTEGER NOT NULL, 
	title TEXT, 
	url TEXT, 
	published_on DATE, 
	text TEXT NOT NULL, 
	publisher_id VARCHAR(64), 
	meta JSON NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	extractor_version VARCHAR(64) NOT NULL, 
	load_id VARCHAR(64) NOT NULL, 
	loaded_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(publisher_id) REFERENCES entity (id) ON DELETE SET NULL, 
	UNIQUE (source_path, part)
)
;
CREATE INDEX ix_document_kind ON document (kind)
;
CREATE INDEX ix_document_load_id ON document (load_id)
;
CREATE INDEX ix_document_published_on ON document (published_on)
;
CREATE INDEX ix_document_publisher_id ON document (publisher_id)
;
CREATE INDEX ix_document_source_path ON document (source_path)
;
CREATE TABLE entity_alias (
	id INTEGER NOT NULL, 
	entity_id VARCHAR(64) NOT NULL, 
	alias VARCHAR(512) NOT NULL, 
	alias_key VARCHAR(512) NOT NULL, 
	is_handle BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(entity_id) REFERENCES entity (id) ON DELETE CASCADE, 
	UNIQUE (entity_id, alias)
)
;
CREATE INDEX ix_entity_alias_key ON entity_alias (alias_key)
;
CREATE TABLE document_author (
	document_id VARCHAR(64) NOT NULL, 
	entity_id VARCHAR(64) NOT NULL, 
	ordinal INTEGER NOT NULL, 
	PRIMARY KEY (document_id, entity_id), 
	FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE, 
	FOREIGN KEY(entity_id) REFERENCES entity (id) ON DELETE CASCADE
)
;
CREATE TABLE document_link (
	id INTEGER NOT NULL, 
	document_id VARCHAR(64) NOT NULL, 
	other_id VARCHAR(64) NOT NULL, 
	containment FLOAT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE, 
	FOREIGN KEY(other_id) REFERENCES document (id) ON DELETE CASCADE, 
	UNIQUE (document_id, other_id)
)
;
CREATE TABLE passage (
	id VARCHAR(64) NOT NULL, 
	document_id VARCHAR(64) NOT NULL, 
	ordinal INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	section TEXT, 
	number VARCHAR(32), 
	url TEXT, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	meta JSON NOT NULL, page INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_passage_document_ordinal ON passage (document_id, ordinal)
;
CREATE INDEX ix_passage_kind ON passage (kind)
;
CREATE TABLE affiliation (
	id VARCHAR(64) NOT NULL, 
	actor_id VARCHAR(64) NOT NULL, 
	organisation_id VARCHAR(64) NOT NULL, 
	role TEXT, 
	document_id VARCHAR(64), 
	passage_id VARCHAR(64), 
	start INTEGER, 
	"end" INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(actor_id) REFERENCES entity (id) ON DELETE CASCADE, 
	FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE, 
	FOREIGN KEY(organisation_id) REFERENCES entity (id) ON DELETE CASCADE, 
	FOREIGN KEY(passage_id) REFERENCES passage (id) ON DELETE CASCADE, 
	UNIQUE (actor_id, organisation_id, role, document_id)
)
;
CREATE INDEX ix_affiliation_actor_id ON affiliation (actor_id)
;
CREATE INDEX ix_affiliation_document_id ON affiliation (document_id)
;
CREATE INDEX ix_affiliation_organisation_id ON affiliation (organisation_id)
;
CREATE TABLE claim (
	id VARCHAR(64) NOT NULL, 
	document_id VARCHAR(64) NOT NULL, 
	passage_id VARCHAR(64), 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	speaker_id VARCHAR(64), 
	speaker_group TEXT, 
	attribution VARCHAR(32) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	duplicate_of VARCHAR(64), 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE, 
	FOREIGN KEY(passage_id) REFERENCES passage (id) ON DELETE CASCADE, 
	FOREIGN KEY(speaker_id) REFERENCES entity (id) ON DELETE SET NULL
)
;
CREATE INDEX ix_claim_attribution ON claim (attribution)
;
CREATE INDEX ix_claim_document_start ON claim (document_id, start)
;
CREATE INDEX ix_claim_kind ON claim (kind)
;
CREATE INDEX ix_claim_passage_id ON claim (passage_id)
;
CREATE INDEX ix_claim_speaker_id ON claim (speaker_id)
;
CREATE TABLE mention (
	id VARCHAR(64) NOT NULL, 
	entity_id VARCHAR(64) NOT NULL, 
	document_id VARCHAR(64) NOT NULL, 
	passage_id VARCHAR(64), 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	surface TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE, 
	FOREIGN KEY(entity_id) REFERENCES entity (id) ON DELETE CASCADE, 
	FOREIGN KEY(passage_id) REFERENCES passage (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_mention_document_start ON mention (document_id, start)
;
CREATE INDEX ix_mention_entity_id ON mention (entity_id)
;
CREATE INDEX ix_mention_passage_id ON mention (passage_id)
;
CREATE TABLE claim_mention (
	claim_id VARCHAR(64) NOT NULL, 
	entity_id VARCHAR(64) NOT NULL, 
	PRIMARY KEY (claim_id, entity_id), 
	FOREIGN KEY(claim_id) REFERENCES claim (id) ON DELETE CASCADE, 
	FOREIGN KEY(entity_id) REFERENCES entity (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_claim_mention_entity_id ON claim_mention (entity_id)
;
CREATE TABLE statistic (
	id VARCHAR(64) NOT NULL, 
	document_id VARCHAR(64) NOT NULL, 
	passage_id VARCHAR(64), 
	claim_id VARCHAR(64), 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	surface TEXT NOT NULL, 
	value FLOAT NOT NULL, 
	value_high FLOAT, 
	unit VARCHAR(32) NOT NULL, 
	metric TEXT, 
	period_start DATE, 
	period_end DATE, 
	source_id VARCHAR(64), 
	qualifier VARCHAR(16) NOT NULL, 
	is_change BOOLEAN NOT NULL, 
	in_footnote BOOLEAN NOT NULL, 
	table_number INTEGER, 
	table_caption TEXT, 
	table_row TEXT, 
	table_column TEXT, indicator VARCHAR(300), 
	PRIMARY KEY (id), 
	FOREIGN KEY(claim_id) REFERENCES claim (id) ON DELETE SET NULL, 
	FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE, 
	FOREIGN KEY(passage_id) REFERENCES passage (id) ON DELETE CASCADE, 
	FOREIGN KEY(source_id) REFERENCES entity (id) ON DELETE SET NULL
)
;
CREATE INDEX ix_statistic_claim_id ON statistic (claim_id)
;
CREATE INDEX ix_statistic_document_start ON statistic (document_id, start)
;
CREATE INDEX ix_statistic_passage_id ON statistic (passage_id)
;
CREATE INDEX ix_statistic_period_start ON statistic (period_start)
;
CREATE INDEX ix_statistic_source_id ON statistic (source_id)
;
CREATE INDEX ix_statistic_unit ON statistic (unit)
;
CREATE TABLE statistic_subject (
	statistic_id VARCHAR(64) NOT NULL, 
	entity_id VARCHAR(64) NOT NULL, 
	PRIMARY KEY (statistic_id, entity_id), 
	FOREIGN KEY(entity_id) REFERENCES entity (id) ON DELETE CASCADE, 
	FOREIGN KEY(statistic_id) REFERENCES statistic (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_statistic_subject_entity_id ON statistic_subject (entity_id)
;
CREATE VIRTUAL TABLE passage_fts USING fts5(text, content='passage', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')
;
CREATE TRIGGER passage_fts_ai AFTER INSERT ON passage BEGIN INSERT INTO passage_fts(rowid, text) VALUES (new.rowid, new.text); END
;
CREATE TRIGGER passage_fts_ad AFTER DELETE ON passage BEGIN INSERT INTO passage_fts(passage_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END
;
CREATE TRIGGER passage_fts_au AFTER UPDATE ON passage BEGIN INSERT INTO passage_fts(passage_fts, rowid, text) VALUES ('delete', old.rowid, old.text); INSERT INTO passage_fts(rowid, text) VALUES (new.rowid, new.text); END
;
CREATE VIRTUAL TABLE claim_fts USING fts5(text, content='claim', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')
;
CREATE TRIGGER claim_fts_ai AFTER INSERT ON claim BEGIN INSERT INTO claim_fts(rowid, text) VALUES (new.rowid, new.text); END
;
CREATE TRIGGER claim_fts_ad AFTER DELETE ON claim BEGIN INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END
;
CREATE TRIGGER claim_fts_au AFTER UPDATE ON claim BEGIN INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.rowid, old.text); INSERT INTO claim_fts(rowid, text) VALUES (new.rowid, new.text); END
;
CREATE VIRTUAL TABLE entity_fts USING fts5(name, content='entity', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')
;
CREATE TRIGGER entity_fts_ai AFTER INSERT ON entity BEGIN INSERT INTO entity_fts(rowid, name) VALUES (new.rowid, new.name); END
;
CREATE TRIGGER entity_fts_ad AFTER DELETE ON entity BEGIN INSERT INTO entity_fts(entity_fts, rowid, name) VALUES ('delete', old.rowid, old.name); END
;
CREATE TRIGGER entity_fts_au AFTER UPDATE ON entity BEGIN INSERT INTO entity_fts(entity_fts, rowid, name) VALUES ('delete', old.rowid, old.name); INSERT INTO entity_fts(rowid, name) VALUES (new.rowid, new.name); END
;
CREATE TABLE citation (
	id VARCHAR(64) NOT NULL, 
	document_id VARCHAR(64) NOT NULL, 
	passage_id VARCHAR(64), 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	url TEXT NOT NULL, 
	domain VARCHAR(255) NOT NULL, 
	outlet_id VARCHAR(64), 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE, 
	FOREIGN KEY(passage_id) REFERENCES passage (id) ON DELETE CASCADE, 
	FOREIGN KEY(outlet_id) REFERENCES entity (id) ON DELETE SET NULL
)
;
CREATE INDEX ix_citation_document_start ON citation (document_id, start)
;
CREATE INDEX ix_citation_passage_id ON citation (passage_id)
;
CREATE INDEX ix_citation_domain ON citation (domain)
;
CREATE INDEX ix_citation_outlet_id ON citation (outlet_id)
;
CREATE INDEX ix_statistic_indicator ON statistic (indicator)
;
CREATE TABLE co_mention (
	entity_id VARCHAR(64) NOT NULL, 
	other_id VARCHAR(64) NOT NULL, 
	document_id VARCHAR(64) NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	passage_id VARCHAR(64), 
	via VARCHAR(16) NOT NULL, 
	PRIMARY KEY (entity_id, other_id, document_id, start, "end"), 
	FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE, 
	FOREIGN KEY(entity_id) REFERENCES entity (id) ON DELETE CASCADE, 
	FOREIGN KEY(other_id) REFERENCES entity (id) ON DELETE CASCADE, 
	FOREIGN KEY(passage_id) REFERENCES passage (id) ON DELETE CASCADE
)
;
CREATE INDEX ix_co_mention_pair ON co_mention (entity_id, other_id)
;
CREATE INDEX ix_co_mention_document_id ON co_mention (document_id)
;
CREATE INDEX ix_co_mention_passage_id ON co_mention (passage_id)
;
INSERT INTO passage_fts(passage_fts) VALUES ('rebuild')
;
INSERT INTO claim_fts(claim_fts) VALUES ('rebuild')
;
INSERT INTO entity_fts(entity_fts) VALUES ('rebuild')
;
INSERT INTO alembic_version (version_num) VALUES ('0005')
;
