-- @profile: redis
-- rawset on _G fails, without a position.
rawset(_G, "sneaky", 1)
