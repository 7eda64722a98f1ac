import CongressModel
import Diagnostics

/// Who may be on a candidate list (danh sách bầu cử), and how long it must be.
///
/// - A probationary member (đảng viên dự bị) has every right of a member "trừ quyền biểu quyết, ứng cử và bầu
///   cử cơ quan lãnh đạo của Đảng" (Điều lệ Đảng 2011, Điều 3): never a candidate.
/// - A member of the Ban Kiểm phiếu may not be on the list the board counts (QĐ 190-QĐ/TW; the thể lệ of real
///   congresses, DOMAIN.md "Ballot validity"). The congress's board counts the elections held at the congress
///   (`Congress.electsAtCongress`); the first meeting of the new committee has its own board.
/// - The list has at least as many names as places (QĐ 190-QĐ/TW Điều 14: the list has a surplus, "số dư";
///   with fewer names the places cannot be filled).
struct CandidateEligibility {
    func check(_ congress: Congress) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let board = Set(congress.bodies.voteCounting)
        for (index, election) in congress.elections.enumerated() {
            let list = "\(Paths.election(index)).candidates"
            if election.candidates.count < election.seats {
                found.append(.error(.fewerCandidatesThanSeats(election: election.id, candidates: election.candidates.count,
                                                              seats: election.seats),
                                    at: congress.position(list, or: election.location)))
            }
            for (position, candidate) in election.candidates.enumerated() {
                let at = congress.position("\(list)[\(position + 1)]", or: election.location)
                if congress.membership(of: candidate) == .duBi {
                    found.append(.error(.probationaryCandidate(election: election.id, candidate: candidate.rawValue), at: at))
                }
                if congress.electsAtCongress(election.body), board.contains(candidate) {
                    found.append(.error(.candidateOnCountingBoard(election: election.id, candidate: candidate.rawValue), at: at))
                }
            }
        }
        return found
    }
}
