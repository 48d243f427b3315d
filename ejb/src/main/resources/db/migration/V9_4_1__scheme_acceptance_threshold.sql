-- The score an idea needs to be accepted is part of the evaluation scheme the partners accept.
-- Schemes drafted before it was keep the threshold every scheme had then: 60 of 100 points.
ALTER TABLE mission ADD COLUMN acceptance_threshold INTEGER DEFAULT 60 NOT NULL;
ALTER TABLE mission ADD CONSTRAINT mission_acceptance_threshold_range
    CHECK (acceptance_threshold BETWEEN 1 AND 100);
