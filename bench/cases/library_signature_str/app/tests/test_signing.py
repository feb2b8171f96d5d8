from webhooks.signing import sign, verify


def test_sign_and_verify() -> None:
    signature = sign("s3cret", '{"id": 1}')
    assert len(signature) == 64
    assert verify("s3cret", '{"id": 1}', signature)
    assert not verify("other", '{"id": 1}', signature)
