# aws configure alone asks four questions; Shipyard takes the answers from standard input (a
# here-document or a pipe). An empty answer keeps the current value; the access keys go to
# ~/.aws/credentials, region and output to ~/.aws/config.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws configure

Shipyard's `aws configure` reads its four answers from standard input (a pipe or a here-document); at the prompt, use `aws configure set NAME VALUE` instead.
? 255
$ aws configure <<'EOF'
> AKIAIOSFODNN7EXAMPLE
> wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
> eu-west-1
> json
> EOF
AWS Access Key ID [None]: AWS Secret Access Key [None]: Default region name [None]: Default output format [None]:  (no-eol)
$ cat ~/.aws/credentials ~/.aws/config
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
[default]
region = eu-west-1
output = json
$ aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************MPLE shared-credentials-file    
secret_key     ****************EKEY shared-credentials-file    
    region                eu-west-1      config-file    ~/.aws/config
$ printf '\n\nus-east-2\n\n' | aws configure
AWS Access Key ID [****************MPLE]: AWS Secret Access Key [****************EKEY]: Default region name [eu-west-1]: Default output format [json]:  (no-eol)
$ cat ~/.aws/config
[default]
region = us-east-2
output = json
$ aws configure --profile dev <<'EOF'
> 
> 
> ap-south-1
> table
> EOF
AWS Access Key ID [None]: AWS Secret Access Key [None]: Default region name [None]: Default output format [None]:  (no-eol)
$ cat ~/.aws/config
[default]
region = us-east-2
output = json
[profile dev]
region = ap-south-1
output = table
$ echo AKIA | aws configure
AWS Access Key ID [****************MPLE]: AWS Secret Access Key [****************EKEY]: 
EOF when reading a line
? 255
