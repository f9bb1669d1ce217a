-- When a person's password was last set or they were last disabled: auth.getSession refuses a token approved
-- before it. People stored before this column existed get their last update, the latest it can have been.

ALTER TABLE person ADD COLUMN credentials_changed_ms INTEGER NOT NULL DEFAULT 0;

UPDATE person SET credentials_changed_ms = updated_ms;
