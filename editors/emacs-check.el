;;; emacs-check.el --- Emacs + eglot, driven in batch, against `kmap lsp'  -*- lexical-binding: t -*-

;; The Emacs counterpart of nvim-check.lua.  Run it from the repository root:
;;
;;   emacs --batch -Q -l editors/emacs-check.el -- .build/debug/kmap maps/literacy-network.kmap
;;
;; Arguments after `--': the kmap binary, a map with findings, and optionally an activity id
;; (default: the first activity declared in the map that a flow or another statement names
;; again).  The map (and a `.kmap.yml' beside it) is copied to a temporary folder first, so
;; nothing in the repository is touched.  The script then does what Emacs does for a user whose
;; init file holds part 1 below: opens the copy (`auto-mode-alist' picks `kmap-mode', whose
;; hook runs `eglot-ensure'), lets eglot start `kmap lsp', waits for the diagnostics flymake
;; shows, asks for the hover at a use of the id (eglot's eldoc function) and for its
;; definition (`xref-find-definitions', M-.), types a misspelt use of the id and waits for the
;; error, and shuts the server down as M-x eglot-shutdown does.  It exits 0 only when the
;; diagnostics arrived, the hover names the activity's label, the definition lands on the
;; declaration, the typed error appears and the shutdown is answered; 1 otherwise (2: wrong
;; arguments, no eglot).
;;
;; Results go to standard output, eglot's messages to standard error.  With KMAP_EMACS_EVENTS=1
;; eglot's events buffer (every JSON-RPC message exchanged) and the server's standard error are
;; printed on standard error too; they are printed anyway when the check fails.
;;
;; Tried with Emacs 28.2 and eglot 1.9 (Debian 12: emacs-nox, elpa-eglot).

;;; Part 1: the init file of editors/README.md ("Emacs with eglot"), verbatim.

(defvar kmap-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?- "_" table)
    (modify-syntax-entry ?{ "(}" table)
    (modify-syntax-entry ?} "){" table)
    table)
  "Syntax of `kmap-mode': # comments, strings, ids with _ and -.")

(defvar kmap-font-lock-keywords
  `(("^[ \t]*\\(map\\|stakeholder\\|repository\\|group\\|wave\\)\\_>\\(?:[ \t]+\\(\\(?:\\sw\\|\\s_\\)+\\)\\)?"
     (1 font-lock-keyword-face) (2 font-lock-type-face nil t))
    ("^[ \t]*\\(\\(?:\\sw\\|\\s_\\)+\\)[ \t]+\\(\\(?:\\sw\\|\\s_\\)+\\)[ \t]+\""
     (1 font-lock-keyword-face) (2 font-lock-function-name-face))
    (,(regexp-opt '("by" "for" "every" "technique" "routine" "action" "status" "indicator"
                    "note" "phase" "also" "owner" "goal" "standard" "phases" "optional"
                    "alternatives" "rules" "disable" "enable" "severity")
                  'symbols)
     . font-lock-builtin-face)
    (,(regexp-opt '("broker" "external" "heard" "informed") 'symbols) . font-lock-constant-face)
    ("->" . font-lock-keyword-face))
  "Highlighting of `kmap-mode', after editors/kmap.tmLanguage.json.")

(define-derived-mode kmap-mode prog-mode "kmap"
  "Major mode for knowledge-management process maps (.kmap)."
  :syntax-table kmap-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local font-lock-defaults '(kmap-font-lock-keywords)))

(add-to-list 'auto-mode-alist '("\\.kmap\\'" . kmap-mode))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(kmap-mode . ("kmap" "lsp"))))
(add-hook 'kmap-mode-hook #'eglot-ensure)

;;; Part 2: the check.

(require 'cl-lib)
(require 'subr-x)

(defvar kmap-check--failures nil "What went wrong, newest first.")

(defun kmap-check--say (format-string &rest args)
  "Print FORMAT-STRING with ARGS and a newline on standard output."
  (princ (concat (apply #'format format-string args) "\n")))

(defun kmap-check--fail (format-string &rest args)
  "Record a failure described by FORMAT-STRING and ARGS, and print it."
  (let ((text (apply #'format format-string args)))
    (push text kmap-check--failures)
    (kmap-check--say "FAIL: %s" text)))

(defun kmap-check--wait (seconds predicate)
  "Run processes and timers until PREDICATE holds or SECONDS pass.
Return the value of PREDICATE."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun kmap-check--visible (text)
  "TEXT without its invisible parts."
  (let ((start 0) (parts nil))
    (while (< start (length text))
      (let ((next (next-single-property-change start 'invisible text (length text))))
        (unless (get-text-property start 'invisible text) (push (substring-no-properties text start next) parts))
        (setq start next)))
    (apply #'concat (nreverse parts))))

(defun kmap-check--dump-buffers ()
  "Print eglot's events and stderr buffers on standard error."
  (dolist (buffer (buffer-list))
    (when (string-match-p "\\`\\*EGLOT .*\\(events\\|stderr\\)\\*\\'" (buffer-name buffer))
      (message "----- %s -----\n%s" (buffer-name buffer)
               (with-current-buffer buffer (buffer-substring-no-properties (point-min) (point-max)))))))

(defun kmap-check--activate-eglot ()
  "Make eglot loadable under -Q, which skips site-lisp and package activation."
  (unless (locate-library "eglot")
    (require 'package)
    (dolist (dir '("/usr/share/emacs/site-lisp/elpa" "/usr/local/share/emacs/site-lisp/elpa"))
      (when (file-directory-p dir) (add-to-list 'package-directory-list dir t)))
    (package-activate-all))
  (unless (locate-library "eglot")
    (message "eglot is not installed (Debian: apt-get install elpa-eglot; Emacs 29 has it built in)")
    (kill-emacs 2))
  (require 'eglot)
  (let ((desc (and (boundp 'package-alist) (cadr (assq 'eglot package-alist)))))
    (if desc (package-version-join (package-desc-version desc)) "built in")))

(defun kmap-check--pick-activity (id)
  "Find activity ID (or the first one used again) in the current buffer.
Return (ID LABEL DECL-LINE DECL-COLUMN USE-POINT).
Lines count from 1, columns from 0."
  (let ((decl-re "^[ \t]*\\(?:\\sw\\|\\s_\\)+[ \t]+\\(\\(?:\\sw\\|\\s_\\)+\\)[ \t]+\"\\([^\"\n]*\\)\"")
        (non-activities '("map" "stakeholder" "repository" "group" "wave" "goal" "standard"
                          "indicator" "note"))
        found)
    (save-excursion
      (goto-char (point-min))
      (while (and (not found) (re-search-forward decl-re nil t))
        (let* ((this-id (match-string-no-properties 1))
               (label (match-string-no-properties 2))
               (start (match-beginning 0))
               (id-start (match-beginning 1))
               (keyword (save-excursion (goto-char start) (skip-chars-forward " \t")
                                        (thing-at-point 'symbol t)))
               (decl-line (line-number-at-pos id-start))
               (decl-column (save-excursion (goto-char id-start) (current-column)))
               (use nil))
          (when (and (not (member keyword non-activities))
                     (not (nth 4 (save-excursion (syntax-ppss start))))
                     (or (null id) (equal id this-id)))
            (save-excursion
              (goto-char (point-min))
              (while (and (not use) (re-search-forward (concat "\\_<" (regexp-quote this-id) "\\_>") nil t))
                (unless (or (= (line-number-at-pos (match-beginning 0)) decl-line)
                            ;; `syntax-ppss' moves point: keep the search's.
                            (nth 8 (save-excursion (syntax-ppss (match-beginning 0)))))
                  (setq use (match-beginning 0)))))
            (when use (setq found (list this-id label decl-line decl-column use)))))))
    found))

(defun kmap-check--run (kmap map id)
  "Check `kmap lsp' at KMAP with eglot on a copy of MAP.
Hover and definition are asked at a use of activity ID, or one picked."
  (kmap-check--say "emacs %s, eglot %s" emacs-version (kmap-check--activate-eglot))
  ;; `eglot-server-programs' says ("kmap" "lsp"), as a user's does: put the binary first on
  ;; `exec-path' so that this kmap is the one started (or, named otherwise, name it there).
  (push (file-name-directory (expand-file-name kmap)) exec-path)
  (unless (equal (file-truename (or (executable-find "kmap") ""))
                 (file-truename (expand-file-name kmap)))
    (push `(kmap-mode . (,(expand-file-name kmap) "lsp")) eglot-server-programs))
  (kmap-check--say "server program: %s"
                   (mapconcat #'identity (cdr (assq 'kmap-mode eglot-server-programs)) " "))
  (let* ((folder (file-name-as-directory (make-temp-file "kmap-emacs-check" t)))
         (copy (expand-file-name (file-name-nondirectory map) folder))
         (project-file (expand-file-name ".kmap.yml" (file-name-directory (expand-file-name map))))
         (eglot-events-buffer-size 2000000)
         server)
    (copy-file map copy)
    (when (file-exists-p project-file) (copy-file project-file folder))
    (unwind-protect
        (progn
          (find-file copy)
          (unless (eq major-mode 'kmap-mode)
            (kmap-check--fail "%s opened in %s, not kmap-mode" copy major-mode))
          ;; The mode: comments, strings and declarations highlighted.
          (font-lock-ensure)
          (let ((faces (save-excursion
                         (goto-char (point-min))
                         (mapcar (lambda (re)
                                   (when (re-search-forward re nil t)
                                     (get-text-property (match-beginning 1) 'face)))
                                 '("^\\(#\\)" "^\\(stakeholder\\) " "^stakeholder \\([a-z_]+\\)" "\\(\"\\)")))))
            (kmap-check--say "font-lock: comment %s, declaration %s %s, string %s" (nth 0 faces)
                             (nth 1 faces) (nth 2 faces) (nth 3 faces))
            (unless (and (eq (nth 0 faces) 'font-lock-comment-delimiter-face)
                         (eq (nth 1 faces) 'font-lock-keyword-face)
                         (eq (nth 2 faces) 'font-lock-type-face)
                         (eq (nth 3 faces) 'font-lock-string-face))
              (kmap-check--fail "kmap-mode does not highlight as expected")))
          ;; `eglot-ensure' (from the mode hook) connects when the command that opened the
          ;; file is over: in batch there is no command loop, so end the "command" here.
          (run-hooks 'post-command-hook)
          (setq server (kmap-check--wait 20 (lambda () (and eglot--managed-mode (eglot-current-server)))))
          (if (not server)
              (kmap-check--fail "eglot did not start managing the buffer")
            (kmap-check--say "server: %s, managing %s"
                             (plist-get (eglot--server-info server) :name) (buffer-name))
            ;; Diagnostics: eglot hands publishDiagnostics to flymake.
            (let ((diagnostics (kmap-check--wait 20 #'flymake-diagnostics)))
              (kmap-check--say "diagnostics (flymake): %d" (length diagnostics))
              (dolist (d (sort (copy-sequence diagnostics)
                               (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
                (let ((beg (flymake-diagnostic-beg d)))
                  (kmap-check--say "  %d:%d %s %s" (line-number-at-pos beg)
                                   (save-excursion (goto-char beg) (1+ (current-column)))
                                   (flymake-diagnostic-type d)
                                   (string-trim-right (truncate-string-to-width (flymake-diagnostic-text d) 90)))))
              (unless diagnostics
                (kmap-check--fail "no diagnostics arrived (a map without findings has none)")))
            (let ((target (kmap-check--pick-activity id)))
              (if (not target)
                  (kmap-check--fail "no activity %s declared and used again in %s" (or id "") map)
                (cl-destructuring-bind (id label decl-line decl-column use) target
                  (goto-char use)
                  (kmap-check--say "id: %s \"%s\", declared at %d:%d, used at %d:%d" id label
                                   decl-line (1+ decl-column) (line-number-at-pos) (1+ (current-column)))
                  ;; Hover: the function eldoc calls when point rests on the id.
                  (let (hover)
                    (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info "")) t))
                    (kmap-check--wait 10 (lambda () hover))
                    ;; What the echo area shows: markdown-mode, when installed, hides the markup.
                    (setq hover (and hover (kmap-check--visible hover)))
                    (kmap-check--say "hover: %s" (replace-regexp-in-string "\n+" " | " (or hover "(none)")))
                    (unless (and hover (string-match-p (regexp-quote label) hover))
                      (kmap-check--fail "the hover does not name \"%s\"" label)))
                  ;; Definition: M-. on the id.
                  (let ((this-command 'xref-find-definitions))
                    (condition-case err
                        (call-interactively #'xref-find-definitions)
                      (error (kmap-check--fail "xref-find-definitions: %s" (error-message-string err)))))
                  (let ((line (line-number-at-pos)) (column (current-column)))
                    (kmap-check--say "definition: %s %d:%d: %s" (buffer-name) line (1+ column)
                                     (string-trim (buffer-substring-no-properties
                                                   (line-beginning-position) (line-end-position))))
                    (unless (and (equal (buffer-file-name) copy) (= line decl-line) (= column decl-column))
                      (kmap-check--fail "the definition is not the declaration at %d:%d"
                                        decl-line (1+ decl-column)))))))
            ;; An edit: a use of a misspelt id at the end of the map.  Typing sends didChange
            ;; from an idle timer, and flymake re-checks from another; batch Emacs is never
            ;; idle, so the script does what the two timers do.
            (let* ((id (car (kmap-check--pick-activity id)))
                   (typo (and id (concat id "x")))
                   (line (progn (goto-char (point-max)) (unless (bolp) (insert "\n"))
                                (line-number-at-pos))))
              (when typo
                (insert typo " -> " id "\n")
                (eglot--signal-textDocument/didChange)
                (let ((error-diagnostic
                       (kmap-check--wait
                        10 (lambda ()
                             (flymake-start)
                             (cl-find-if (lambda (d) (and (eq (flymake-diagnostic-type d) 'eglot-error)
                                                          (= (line-number-at-pos (flymake-diagnostic-beg d)) line)))
                                         (flymake-diagnostics))))))
                  (if error-diagnostic
                      (kmap-check--say "after typing \"%s -> %s\" at line %d: %d:%d %s %s" typo id line line
                                       (save-excursion (goto-char (flymake-diagnostic-beg error-diagnostic))
                                                       (1+ (current-column)))
                                       (flymake-diagnostic-type error-diagnostic)
                                       (flymake-diagnostic-text error-diagnostic))
                    (kmap-check--fail "no error diagnostic at line %d after typing \"%s -> %s\"" line typo id)))))
            ;; Shut down as M-x eglot-shutdown does: a shutdown request, then the exit
            ;; notification, then eglot deletes the process.
            (condition-case err
                (progn (eglot-shutdown server nil nil t)
                       (kmap-check--say "shutdown: answered"))
              (error (kmap-check--fail "shutdown: %s" (error-message-string err))))))
      (when (or kmap-check--failures (getenv "KMAP_EMACS_EVENTS"))
        (kmap-check--dump-buffers))
      (let ((buffer (find-buffer-visiting copy)))
        (when buffer (with-current-buffer buffer (set-buffer-modified-p nil)) (kill-buffer buffer)))
      (delete-directory folder t))))

(let* ((args (if (equal (car command-line-args-left) "--") (cdr command-line-args-left)
               command-line-args-left))
       (kmap (nth 0 args))
       (map (nth 1 args))
       (id (nth 2 args)))
  ;; The arguments are ours: do not let Emacs visit them as files after this script.
  (setq command-line-args-left nil)
  (unless (and kmap map (file-exists-p map))
    (message "usage: emacs --batch -Q -l editors/emacs-check.el -- KMAP MAP.kmap [ACTIVITY-ID]")
    (kill-emacs 2))
  (condition-case err
      (kmap-check--run kmap map id)
    (error (kmap-check--fail "%s" (error-message-string err))
           (kmap-check--dump-buffers)))
  (kmap-check--say "emacs-check: %s" (if kmap-check--failures "FAILED" "ok"))
  (kill-emacs (if kmap-check--failures 1 0)))

;;; emacs-check.el ends here
