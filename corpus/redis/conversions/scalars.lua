-- @profile: redis
-- Strings are bulk replies, true is 1, false is nil.
return {"text", "", true, false, "after false"}
