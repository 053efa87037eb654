-- A document that replaces an earlier one of the same agency (a decision replacing a decision):
-- the link is set on the draft and, at issuance, the earlier document is marked replaced.
alter table document add column replaces_id bigint references document (id);
