-- Headless Neovim (0.7+) as an LSP client of kube-netlens: opens one file, waits for the server's diagnostics with a
-- deadline, prints them, and checks the expected ones.
-- Usage: nvim --headless -i NONE -u test/e2e/nvim-check.lua FILE
-- Env: LSP_CMD (the server command line), LSP_ROOT (workspace folder), LSP_EXPECT (comma-separated
-- `rule@line:col`, 1-based), LSP_TIMEOUT_MS (default 20000).
local function out(s) io.stdout:write(s .. '\n') end

local cmd = vim.split(os.getenv('LSP_CMD') or 'node dist/server.js --stdio', ' ', { trimempty = true })
local root = os.getenv('LSP_ROOT') or vim.loop.cwd()
local timeout = tonumber(os.getenv('LSP_TIMEOUT_MS') or '20000')
local expected = vim.split(os.getenv('LSP_EXPECT') or '', ',', { trimempty = true })

local exited = false
local client_id = vim.lsp.start_client({
  name = 'kube-netlens',
  cmd = cmd,
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'root' } },
  handlers = {
    ['window/logMessage'] = function(_, result) out('server log: ' .. result.message) end,
  },
  on_exit = function() exited = true end,
})
if not client_id then
  out('RESULT: FAIL (start_client returned nil)')
  vim.cmd('cquit 2')
end

local function code_of(d)
  local lsp = d.user_data and d.user_data.lsp
  return tostring((lsp and lsp.code) or d.code or '')
end

-- init.lua runs before the files on the command line are loaded: do the work once Neovim has started.
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.fn.argv(0)))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)

  local function found(want)
    local rule, line, col = want:match('^(.+)@(%d+):(%d+)$')
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if code_of(d) == rule and d.lnum + 1 == tonumber(line) and d.col + 1 == tonumber(col) then return true end
    end
    return false
  end
  local function all_found()
    for _, want in ipairs(expected) do
      if not found(want) then return false end
    end
    return #expected > 0
  end

  local t0 = vim.loop.hrtime()
  local ok = vim.wait(timeout, all_found, 20)
  out(string.format('waited %.0f ms', (vim.loop.hrtime() - t0) / 1e6))
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    out(string.format('diagnostic: %d:%d %s %s(%s): %s', d.lnum + 1, d.col + 1, vim.diagnostic.severity[d.severity],
      d.source or '', code_of(d), d.message))
  end
  for _, want in ipairs(expected) do out((found(want) and 'found: ' or 'MISSING: ') .. want) end
  out(ok and 'RESULT: PASS' or 'RESULT: FAIL')
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return exited end, 20)
  if ok then vim.cmd('qall!') else vim.cmd('cquit 1') end
end })
