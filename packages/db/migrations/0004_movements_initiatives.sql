-- 0004 movements and initiatives: what the launch document of a movement (seed 002 shape) needs beyond
-- the movement's own fields — the opening "Thực hiện …" paragraph, the purpose and requirements, the
-- contents, the organisation section, the closing line, number, date, signer and Nơi nhận — kept as one
-- JSON object validated by the API (apps/api/src/modules/movements/schemas.ts, LaunchInput), so the
-- document can be regenerated as entered.
ALTER TABLE movements ADD COLUMN launch jsonb;
