-- @profile: redis
-- Found by `run --generated N --profile redis`; real redis-server agrees with the Ferrous VM.
error("a\0b")
