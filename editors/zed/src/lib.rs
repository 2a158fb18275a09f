// A Zed extension that starts `strategy-lint-language-server --stdio` from
// PATH (install it with `npm install -g strategy-lint`) for Markdown, and
// hands it `lsp.strategy-lint.settings` from Zed's settings as its
// `strategyLint` section. See docs/editors.md.
use zed_extension_api::{self as zed, serde_json, settings::LspSettings};

struct StrategyLint;

impl zed::Extension for StrategyLint {
    fn new() -> Self {
        StrategyLint
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &zed::LanguageServerId,
        worktree: &zed::Worktree,
    ) -> zed::Result<zed::Command> {
        let command = worktree.which("strategy-lint-language-server").ok_or_else(|| {
            "strategy-lint-language-server is not on PATH: install it with `npm install -g strategy-lint`".to_string()
        })?;
        Ok(zed::Command {
            command,
            args: vec!["--stdio".to_string()],
            env: Default::default(),
        })
    }

    fn language_server_workspace_configuration(
        &mut self,
        _language_server_id: &zed::LanguageServerId,
        worktree: &zed::Worktree,
    ) -> zed::Result<Option<serde_json::Value>> {
        let settings = LspSettings::for_worktree("strategy-lint", worktree)
            .ok()
            .and_then(|s| s.settings)
            .unwrap_or_default();
        Ok(Some(serde_json::json!({ "strategyLint": settings })))
    }
}

zed::register_extension!(StrategyLint);
