-- @profile: redis
-- error() with an err table: the text as given, no ERR added.
error({err = "CUSTOM my own error"})
