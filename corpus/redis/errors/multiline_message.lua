-- @profile: redis
-- Line breaks in error messages become spaces.
error("first line\nsecond line")
