-- Neovim 0.7 (Debian) as an LSP client of the initlint server, for test/nvim/nvim.test.ts:
--   INITLINT_ROOT=<repo> INITLINT_NVIM_OUT=<result.json> nvim --headless -n -i NONE -u test/nvim/init.lua FILE.py
-- starts `node dist/server.js --stdio` with vim.lsp.start_client (0.7 has no vim.lsp.start), attaches
-- the buffer, waits for diagnostics (vim.diagnostic.get), asks for a hover, inlay hints (a raw
-- request: 0.7 has no inlay-hint support) and code actions, applies the preferred action with
-- vim.lsp.util.apply_workspace_edit, waits for the diagnostics to clear, asks for the propagation
-- report, stops the server, and writes what it saw as JSON for the Node test to assert on.
local root = os.getenv('INITLINT_ROOT') or vim.fn.getcwd()
local out = os.getenv('INITLINT_NVIM_OUT') or (root .. '/test/nvim/artifacts/result.json')
local server = root .. '/dist/server.js'

local result = { steps = {}, nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }

local function step(name)
  table.insert(result.steps, { name = name, ms = vim.loop.now() })
end

local function finish()
  local f = io.open(out, 'w')
  if f then
    f:write(vim.fn.json_encode(result))
    f:close()
  end
  vim.cmd('qall!')
end

local function lines_of(bufnr)
  return vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
end

-- 0-based line and UTF-16 character of the first occurrence of `needle` (ASCII lines here).
local function find(bufnr, needle)
  for i, line in ipairs(lines_of(bufnr)) do
    local s = string.find(line, needle, 1, true)
    if s then
      return i - 1, s - 1
    end
  end
  return nil
end

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  vim.bo[bufnr].filetype = 'python'
  local exit = {}
  step('start')
  local client_id = vim.lsp.start_client({
    name = 'initlint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h'),
    -- Answered to the server's workspace/configuration requests by the default handler.
    settings = { initlint = { enable = true, debounceMs = 10, inlayHints = { enable = true } } },
    on_exit = function(code, signal)
      exit.code = code
      exit.signal = signal
    end,
  })
  if not client_id then
    result.error = 'vim.lsp.start_client returned nil'
    return finish()
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  local ok = vim.wait(20000, function()
    return client.initialized == true or (client.is_stopped and client.is_stopped())
  end, 20)
  result.initialized = ok and client.initialized == true
  result.offset_encoding = client.offset_encoding
  result.capabilities = {
    hover = client.server_capabilities.hoverProvider and true or false,
    codeAction = client.server_capabilities.codeActionProvider and true or false,
    inlayHint = client.server_capabilities.inlayHintProvider and true or false,
  }
  step('initialized')

  -- Diagnostics, as vim.diagnostic holds them.
  vim.wait(20000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 20)
  step('diagnostics')
  result.diagnostics = {}
  local lsp_diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    local code = d.code or lsp.code
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = code,
    })
    table.insert(lsp_diagnostics, {
      range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
      severity = d.severity, message = d.message, source = d.source, code = code,
    })
  end

  -- Hover on nn.Linear of fc2.
  local hl, hc = find(bufnr, 'nn.Linear(hidden, hidden)')
  if hl then
    local resp = client.request_sync('textDocument/hover', {
      textDocument = { uri = uri }, position = { line = hl, character = hc + 4 },
    }, 10000, bufnr)
    if resp and resp.result and resp.result.contents then
      local c = resp.result.contents
      result.hover = { kind = c.kind, value = c.value or (type(c) == 'string' and c) or vim.fn.json_encode(c) }
    else
      result.hover = { error = resp and resp.err and resp.err.message or 'no hover' }
    end
  end
  step('hover')

  -- Inlay hints: a raw request (no support in 0.7).
  local n = #lines_of(bufnr)
  local hints = client.request_sync('textDocument/inlayHint', {
    textDocument = { uri = uri },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = n, character = 0 } },
  }, 10000, bufnr)
  result.inlay_hints = {}
  for _, h in ipairs((hints and hints.result) or {}) do
    local label = h.label
    if type(label) == 'table' then
      local parts = {}
      for _, p in ipairs(label) do
        table.insert(parts, p.value)
      end
      label = table.concat(parts)
    end
    table.insert(result.inlay_hints, { line = h.position.line, character = h.position.character, label = label })
  end
  step('inlay hints')

  -- Code actions on the first diagnostic; apply the preferred one.
  if #lsp_diagnostics > 0 then
    local d = lsp_diagnostics[1]
    local resp = client.request_sync('textDocument/codeAction', {
      textDocument = { uri = uri }, range = d.range, context = { diagnostics = { d } },
    }, 10000, bufnr)
    result.code_actions = {}
    local preferred
    for _, a in ipairs((resp and resp.result) or {}) do
      table.insert(result.code_actions, { title = a.title, kind = a.kind, isPreferred = a.isPreferred == true })
      if a.isPreferred and not preferred then
        preferred = a
      end
    end
    step('code actions')
    if preferred and preferred.edit then
      vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
      result.applied = preferred.title
      step('applied')
      result.cleared = vim.wait(20000, function()
        return #vim.diagnostic.get(bufnr) == 0
      end, 20)
      step('cleared')
      result.fixed_line = lines_of(bufnr)[d.range.start.line + 1]
      result.after_diagnostics = #vim.diagnostic.get(bufnr)
    end
  end

  -- The propagation report of the (fixed) buffer.
  local report = client.request_sync('workspace/executeCommand', {
    command = 'initlint.propagationReport', arguments = { { uri = uri } },
  }, 20000, bufnr)
  if report and report.result then
    local layers = 0
    local predicted = 0
    for _, m in ipairs(report.result.models or {}) do
      for _, l in ipairs(m.layers or {}) do
        layers = layers + 1
        if type(l.predicted) == 'table' then
          predicted = predicted + 1
        end
      end
    end
    result.report = { models = #(report.result.models or {}), layers = layers, predicted = predicted, html = type(report.result.html) == 'string' }
  else
    result.report = { error = report and report.err and report.err.message or 'no report' }
  end
  step('report')

  -- shutdown + exit, and the server's exit code.
  client.stop()
  result.stopped = vim.wait(10000, function()
    return exit.code ~= nil
  end, 20)
  result.exit_code = exit.code
  result.exit_signal = exit.signal
  step('stopped')
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    vim.schedule(function()
      local ok, err = pcall(run)
      if not ok then
        result.error = tostring(err)
      end
      finish()
    end)
  end,
})
