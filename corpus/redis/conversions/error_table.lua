-- @profile: redis
-- A table with a string err field is an error reply, used as is.
return {err = "MYCODE something failed"}
