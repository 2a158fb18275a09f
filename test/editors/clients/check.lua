-- Drives Neovim 0.7's built-in LSP client against strategy-lint's server over
-- stdio, headless: collect the pushed diagnostics, make an edit, apply a code
-- action, and write what happened as JSON to $STRATEGY_LINT_RESULT.
-- Run: nvim --headless --clean -u check.lua <strategy.md>
local server = os.getenv('STRATEGY_LINT_SERVER')
local out = os.getenv('STRATEGY_LINT_RESULT')
local edit_line = os.getenv('STRATEGY_LINT_EDIT_LINE') -- 0-based line to replace ...
local edit_text = os.getenv('STRATEGY_LINT_EDIT_TEXT') -- ... with this text
local gone_after_edit = os.getenv('STRATEGY_LINT_EDIT_CLEARS') -- rule id the edit should clear
local action_rule = os.getenv('STRATEGY_LINT_ACTION_RULE') -- ask for actions on this rule's diagnostic
local action_title = os.getenv('STRATEGY_LINT_ACTION_TITLE') -- plain substring of the action to apply
local timeout = tonumber(os.getenv('STRATEGY_LINT_WAIT_MS') or '20000')

local result = {}
local buf
local raw = {} -- the last diagnostics the server pushed, as LSP sent them
local pushes = 0

local function finish()
  result.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local function fail(msg)
  result.error = msg
  finish()
end

local function summary()
  local s = {}
  for _, d in ipairs(raw) do
    table.insert(s, {
      line = d.range.start.line, character = d.range.start.character, code = d.code,
      severity = d.severity, source = d.source, message = d.message,
      href = d.codeDescription and d.codeDescription.href or vim.NIL,
    })
  end
  return s
end

local function has_rule(id)
  for _, d in ipairs(raw) do
    if d.code == id then return d end
  end
  return nil
end

-- The file named on the command line is loaded after this script runs.
local function main()
  buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'strategy-lint',
    cmd = { server, '--stdio' },
    root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        if params.uri == vim.uri_from_bufnr(buf) then
          raw = params.diagnostics
          pushes = pushes + 1
        end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
      end,
    },
    on_exit = function(code) result.server_exit = code end,
  })
  if not client_id then return fail('the server did not start') end
  vim.lsp.buf_attach_client(buf, client_id)

  -- 1. The first push of diagnostics (vim.wait runs the event loop until then).
  if not vim.wait(timeout, function() return pushes > 0 and #raw > 0 end, 20) then
    return fail('no diagnostics were pushed within ' .. timeout .. ' ms')
  end
  result.initial = summary()
  -- What Neovim itself shows, to prove the push reached its diagnostic store.
  result.shown = #vim.diagnostic.get(buf)

  -- 2. An edit the server must react to.
  vim.api.nvim_buf_set_lines(buf, tonumber(edit_line), tonumber(edit_line) + 1, false, { edit_text })
  if not vim.wait(timeout, function() return has_rule(gone_after_edit) == nil end, 20) then
    return fail('after the edit, ' .. gone_after_edit .. ' was still reported')
  end
  result.after_edit = summary()

  -- 3. A code action on one diagnostic, applied as Neovim applies it.
  local target = has_rule(action_rule)
  if not target then return fail('no ' .. action_rule .. ' diagnostic to ask for actions on') end
  local client = vim.lsp.get_client_by_id(client_id)
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = target.range,
    context = { diagnostics = { target } },
  }, timeout)
  local chosen
  result.actions = {}
  for _, r in pairs(responses or {}) do
    for _, a in ipairs(r.result or {}) do
      table.insert(result.actions, a.title)
      if not chosen and a.title:find(action_title, 1, true) then chosen = a end
    end
  end
  if not chosen then return fail('no code action titled like "' .. action_title .. '"') end
  if not chosen.edit and not chosen.command then
    local resolved = client.request_sync('codeAction/resolve', chosen, timeout, buf)
    if resolved and resolved.result then chosen = resolved.result end
  end
  result.applied = chosen.title
  if chosen.edit then vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16') end
  if chosen.command then
    local cmd = type(chosen.command) == 'table' and chosen.command or chosen
    client.request_sync('workspace/executeCommand', { command = cmd.command, arguments = cmd.arguments }, timeout, buf)
  end
  if not vim.wait(timeout, function() return has_rule(action_rule) == nil end, 20) then
    return fail('after the code action, ' .. action_rule .. ' was still reported')
  end
  result.after_action = summary()
  finish()
end

vim.api.nvim_create_autocmd('VimEnter', { once = true, callback = main })
