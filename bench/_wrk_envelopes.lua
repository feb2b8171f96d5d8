-- Sends the prepared envelopes in turn; each is unique until a thread has sent them all.
-- Arguments: <bodies file prefix> <project id> <api key>
local bodies = {}
local sent = 0
local answered = 0
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1] .. "." .. id, "rb"))
  local data = file:read("*a")
  file:close()
  local pos = 1
  while pos <= #data do
    local size = tonumber(data:sub(pos, pos + 9))
    pos = pos + 10
    table.insert(bodies, data:sub(pos, pos + size - 1))
    pos = pos + size
  end
  path = "/api/" .. args[2] .. "/envelope/"
  headers = {
    ["Content-Type"] = "application/x-sentry-envelope",
    ["Content-Encoding"] = "gzip",
    ["X-Sentry-Auth"] = "Sentry sentry_version=7, sentry_key=" .. args[3] .. ", sentry_client=sentry.python/2.75.0",
  }
end

function request()
  sent = sent + 1
  local body = bodies[((sent - 1) % #bodies) + 1]
  return wrk.format("POST", path, headers, body)
end

function response(status, hdrs, body)
  if status ~= 200 and answered < 5 then
    answered = answered + 1
    io.stderr:write("status " .. status .. ": " .. body .. "\n")
  end
end
