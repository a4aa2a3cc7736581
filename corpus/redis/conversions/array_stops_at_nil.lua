-- @profile: redis
-- Tables become arrays up to the first nil; hash keys are ignored.
return {1, 2, nil, 4, name = "ignored"}
