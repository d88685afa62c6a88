//! The mock as a program (`src/bin/mock.rs`, what `cargo xtask mock` becomes): it serves the
//! API over a socket, and SIGTERM stops it and frees its port.

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::{TcpListener, TcpStream},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

#[cfg(unix)]
#[test]
fn the_mock_program_serves_and_sigterm_frees_its_port() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mock"))
        .args(["--listen", "127.0.0.1:0", "--seed", "7"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the mock program");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let address = line
        .trim()
        .strip_prefix("mock listening on http://")
        .unwrap_or_else(|| panic!("first line: {line:?}"))
        .to_owned();

    let mut stream = TcpStream::connect(&address).unwrap();
    write!(
        stream,
        "GET /api/v1/chats?pageSize=2 HTTP/1.1\r\nhost: x\r\nauthorization: any-key\r\nconnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"channelId\""), "{answer}");

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(
            Instant::now() < deadline,
            "the mock outlived SIGTERM by 10 s"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(exit.success(), "{exit:?}");
    TcpListener::bind(&address).expect("the port is free again");
}

#[test]
fn a_wrong_option_is_named_with_the_usage() {
    let output = Command::new(env!("CARGO_BIN_EXE_mock"))
        .args(["--port", "1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown option --port"), "{stderr}");
    assert!(
        stderr.contains("usage: mock [--listen ADDR] [--seed N]"),
        "{stderr}"
    );
}
