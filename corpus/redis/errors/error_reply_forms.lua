-- @profile: redis
-- redis.error_reply: code from the first word, ERR when there is none.
return {
  redis.error_reply("plain").err,
  redis.error_reply("-plain").err,
  redis.error_reply("CODE with text").err,
  redis.error_reply("-CODE with text").err,
  redis.error_reply("").err,
  redis.error_reply().err,
  redis.status_reply("fine").ok,
  redis.status_reply().err,
}
