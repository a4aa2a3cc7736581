fn main() {
    eprintln!("ferrous-lua: not built yet");
    std::process::exit(1);
}
