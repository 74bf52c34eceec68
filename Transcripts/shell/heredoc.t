# Here-documents: expanded, quoted (literal) and tab-stripped.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ export NAME=web
$ cat > pod.txt <<EOF
> name: $NAME
> home: $HOME
> EOF
$ cat pod.txt
name: web
home: /home/learner
$ cat <<'EOF'
> literal $NAME and $(date)
> EOF
literal $NAME and $(date)
$ cat <<-EOF
> 	indented with a tab
> 	EOF
indented with a tab
$ ls
pod.txt
