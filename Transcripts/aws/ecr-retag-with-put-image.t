# Retagging an image without Docker, as the ECR user guide does it: fetch its manifest with
# batch-get-image and put it again under a new tag. The digest is the SHA-256 of the
# manifest's bytes, so it is the same image with two tags; putting it again under a tag it
# has is refused, and a manifest naming layers never uploaded is refused too.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecr create-repository --repository-name web --query repository.repositoryUri --output text
123456789012.dkr.ecr.us-east-1.amazonaws.com/web
$ docker pull -q nginx:1.27
docker.io/library/nginx:1.27
$ docker tag nginx:1.27 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
$ aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com 2>/dev/null
Login Succeeded
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/web]
1af6cc801e45: Preparing
a414fe48d309: Preparing
37d89cc33494: Preparing
60a5ce0a28b5: Preparing
8bef89ec547c: Preparing
43abb834b9de: Preparing
43abb834b9de: Waiting
1af6cc801e45: Pushed
a414fe48d309: Pushed
37d89cc33494: Pushed
60a5ce0a28b5: Pushed
8bef89ec547c: Pushed
43abb834b9de: Pushed
v1: digest: sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb size: 1249
$ MANIFEST=$(aws ecr batch-get-image --repository-name web --image-ids imageTag=v1 --output text --query 'images[].imageManifest')
$ echo "$MANIFEST" | head -c 80; echo
{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+
$ aws ecr put-image --repository-name web --image-tag stable --image-manifest "$MANIFEST" --query image.imageId
{
    "imageDigest": "sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb",
    "imageTag": "stable"
}
$ aws ecr describe-images --repository-name web --query 'imageDetails[].[imageDigest,join(`,`, imageTags),imageSizeInBytes]' --output text
sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb	v1,stable	72099412
$ aws ecr put-image --repository-name web --image-tag stable --image-manifest "$MANIFEST"

An error occurred (ImageAlreadyExistsException) when calling the PutImage operation: Image with digest 'sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb' and tag 'stable' already exists in the repository with name 'web' in registry with id '123456789012'
? 254
$ aws ecr batch-get-image --repository-name web --image-ids imageTag=v1 imageTag=v9 --query 'failures'
[
    {
        "imageId": {
            "imageTag": "v9"
        },
        "failureCode": "ImageNotFound",
        "failureReason": "Requested image not found"
    }
]
$ aws ecr put-image --repository-name web --image-tag v2 --image-manifest '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":1469,"digest":"sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},"layers":[]}'

An error occurred (LayersNotFoundException) when calling the PutImage operation: Layers with digests '[sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]' required for pushing image into repository with name 'web' in the registry with id '123456789012' do not exist
? 254
$ aws ecr put-image --repository-name web --image-tag v2 --image-manifest 'not json'

An error occurred (InvalidParameterException) when calling the PutImage operation: Invalid parameter at 'imageManifest' failed to satisfy constraint: 'Invalid JSON syntax'
? 254
$ aws ecr batch-delete-image --repository-name web --image-ids imageTag=v1
{
    "imageIds": [
        {
            "imageDigest": "sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb",
            "imageTag": "v1"
        }
    ],
    "failures": []
}
$ aws ecr list-images --repository-name web
{
    "imageIds": [
        {
            "imageDigest": "sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb",
            "imageTag": "stable"
        }
    ]
}
