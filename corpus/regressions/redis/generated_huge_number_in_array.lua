-- @profile: redis
-- Found by `run --generated N --profile redis`; real redis-server agrees with the Ferrous VM.
return {"log", 1e300, -1e300, 0/0}
