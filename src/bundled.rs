//! The articles bundled into the binary and the wasm module: the demo's
//! default input.

use crate::sheet::Source;

/// The bundled articles, in file-name order.
pub const ARTICLES: &[Source<'static>] = &[
    Source {
        name: "000_0b3dec3392ea4854.txt",
        text: include_str!("../articles/000_0b3dec3392ea4854.txt"),
    },
    Source {
        name: "001_dd3d3cf36321c9ec.txt",
        text: include_str!("../articles/001_dd3d3cf36321c9ec.txt"),
    },
    Source {
        name: "002_bde683938fe43c98.txt",
        text: include_str!("../articles/002_bde683938fe43c98.txt"),
    },
    Source {
        name: "003_d8e05f0d29ce9697.txt",
        text: include_str!("../articles/003_d8e05f0d29ce9697.txt"),
    },
    Source {
        name: "004_d0ca4c3d5d7f7507.txt",
        text: include_str!("../articles/004_d0ca4c3d5d7f7507.txt"),
    },
];
