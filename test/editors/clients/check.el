;;; check.el --- drive Emacs 28 + eglot against strategy-lint's server -*- lexical-binding: t -*-
;; Headless: collect the pushed diagnostics, make an edit, apply a code
;; action, and write what happened as JSON to $STRATEGY_LINT_RESULT.
;; Run: emacs --batch -l check.el <strategy.md>
(require 'eglot)
(require 'json)
(require 'subr-x)

(defvar sl-server (getenv "STRATEGY_LINT_SERVER"))
(defvar sl-out (getenv "STRATEGY_LINT_RESULT"))
(defvar sl-timeout (/ (string-to-number (or (getenv "STRATEGY_LINT_WAIT_MS") "20000")) 1000.0))
(defvar sl-raw nil "The last diagnostics the server pushed for our file, as LSP sent them.")
(defvar sl-pushes 0)
(defvar sl-result nil)
(defvar sl-file (expand-file-name (car command-line-args-left)))
(setq command-line-args-left nil)

;; emacs-nox has no markdown-mode; a mode of that name makes eglot send the
;; languageId "markdown", as a real markdown-mode would.
(define-derived-mode markdown-mode text-mode "Markdown")
(setq eglot-server-programs `((markdown-mode . (,sl-server "--stdio"))))
(setq eglot-sync-connect t eglot-autoshutdown t eglot-send-changes-idle-time 0.1)

(defun sl-put (key value) (push (cons key value) sl-result))

(defun sl-finish ()
  (sl-put 'text (with-current-buffer (find-buffer-visiting sl-file)
                  (buffer-substring-no-properties (point-min) (point-max))))
  (with-temp-file sl-out (insert (json-encode sl-result)))
  (kill-emacs 0))

(defun sl-fail (msg) (sl-put 'error msg) (sl-finish))

(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest args)
              (when (and (eq method 'textDocument/publishDiagnostics)
                         (equal (eglot--uri-to-path (plist-get args :uri)) sl-file))
                (setq sl-raw (append (plist-get args :diagnostics) nil))
                (setq sl-pushes (1+ sl-pushes)))))

(defun sl-wait (pred)
  "Run the event loop until PRED holds or the time runs out."
  (let ((deadline (+ (float-time) sl-timeout)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      ;; eglot sends changes from an idle timer, and batch Emacs is never
      ;; idle: send any pending ones (a no-op when there are none).
      (when (bound-and-true-p eglot--managed-mode) (eglot--signal-textDocument/didChange))
      (accept-process-output nil 0.05)
      ;; In batch mode flymake only asks eglot for diagnostics when started.
      (when (bound-and-true-p flymake-mode) (flymake-start)))
    (funcall pred)))

(defun sl-summary ()
  (vconcat
   (mapcar (lambda (d)
             (let ((start (plist-get (plist-get d :range) :start)))
               `((line . ,(plist-get start :line)) (character . ,(plist-get start :character))
                 (code . ,(plist-get d :code)) (severity . ,(plist-get d :severity))
                 (source . ,(plist-get d :source)) (message . ,(plist-get d :message))
                 (href . ,(plist-get (plist-get d :codeDescription) :href)))))
           sl-raw)))

(defun sl-has-rule (id) (seq-find (lambda (d) (equal (plist-get d :code) id)) sl-raw))

(find-file sl-file)
(markdown-mode)
(condition-case err
    (apply #'eglot (eglot--guess-contact))
  (error (sl-fail (format "eglot could not start the server: %S" err))))

;; 1. The first push of diagnostics.
(unless (sl-wait (lambda () (and (> sl-pushes 0) sl-raw)))
  (sl-fail "no diagnostics were pushed in time"))
(sl-put 'initial (sl-summary))
(sl-wait (lambda () (flymake-diagnostics)))
;; What flymake, Emacs's own display, holds: proof the push reached the editor.
(sl-put 'shown (length (flymake-diagnostics)))

;; 2. An edit the server must react to.
(let ((line (string-to-number (getenv "STRATEGY_LINT_EDIT_LINE")))
      (clears (getenv "STRATEGY_LINT_EDIT_CLEARS")))
  (goto-char (point-min))
  (forward-line line)
  (delete-region (line-beginning-position) (line-end-position))
  (insert (getenv "STRATEGY_LINT_EDIT_TEXT"))
  (unless (sl-wait (lambda () (not (sl-has-rule clears))))
    (sl-fail (format "after the edit, %s was still reported" clears))))
(sl-put 'after_edit (sl-summary))

;; 3. A code action on one diagnostic, applied as eglot applies it.
(let* ((rule (getenv "STRATEGY_LINT_ACTION_RULE"))
       (want (getenv "STRATEGY_LINT_ACTION_TITLE"))
       (target (or (sl-has-rule rule) (sl-fail (format "no %s diagnostic to ask for actions on" rule))))
       (server (eglot--current-server-or-lose))
       (actions (append (jsonrpc-request server :textDocument/codeAction
                                         (list :textDocument (eglot--TextDocumentIdentifier)
                                               :range (plist-get target :range)
                                               :context (list :diagnostics (vector target))))
                        nil))
       (chosen (seq-find (lambda (a) (string-search want (plist-get a :title))) actions)))
  (sl-put 'actions (vconcat (mapcar (lambda (a) (plist-get a :title)) actions)))
  (unless chosen (sl-fail (format "no code action titled like %S" want)))
  (when (and (not (plist-get chosen :edit)) (not (plist-get chosen :command)))
    (setq chosen (jsonrpc-request server :codeAction/resolve chosen)))
  (sl-put 'applied (plist-get chosen :title))
  (when-let ((edit (plist-get chosen :edit))) (eglot--apply-workspace-edit edit))
  (when-let ((cmd (plist-get chosen :command)))
    (jsonrpc-request server :workspace/executeCommand
                     (list :command (if (stringp cmd) cmd (plist-get cmd :command))
                           :arguments (if (stringp cmd) (plist-get chosen :arguments) (plist-get cmd :arguments)))))
  (unless (sl-wait (lambda () (not (sl-has-rule rule))))
    (sl-fail (format "after the code action, %s was still reported" rule))))
(sl-put 'after_action (sl-summary))
(sl-finish)
